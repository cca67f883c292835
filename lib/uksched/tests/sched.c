/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Test application for uksched's own API (the POSIX layer has its own
 * test): each check prints "ok <name>" or "FAIL <name>: <why>", then
 * "sched: N failed" and the guest exits with N. With the argument
 * "exit-main", main() ends its thread instead and a worker finishes later:
 * the guest must halt with status 0 when that last thread is done.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <uk/sched.h>
#include <uk/plat/time.h>

static int failed;

static void check(bool ok, const char *name, const char *why)
{
	if (ok) {
		printf("ok %s\n", name);
	} else {
		printf("FAIL %s: %s\n", name, why);
		failed++;
	}
}

static void *ret_arg(void *arg)
{
	return arg;
}

static void check_create_join(void)
{
	struct uk_thread *t[50];
	bool ok = true;
	unsigned long last = uk_thread_current()->id;

	for (long i = 0; i < 50; i++) {
		t[i] = uk_thread_create("joinee", ret_arg, (void *)i, 0);
		if (!t[i] || t[i]->id <= last)
			ok = false;
		else
			last = t[i]->id;
	}
	for (long i = 0; ok && i < 50; i++) {
		void *r;

		if (uk_thread_join(t[i], &r) || r != (void *)i)
			ok = false;
	}
	check(ok, "create-join", "a thread was not created or returned wrong");
	check(uk_thread_join(uk_thread_current(), NULL) == -EDEADLK,
	      "join-self", "joining oneself did not give EDEADLK");
}

static int turns[2];
static int turn;

static void *pingpong(void *arg)
{
	long me = (long)arg;

	for (int i = 0; i < 1000; i++) {
		while (turn != me)
			uk_sched_yield();
		turns[me]++;
		turn = !me;
	}
	return NULL;
}

static void check_yield(void)
{
	struct uk_thread *a = uk_thread_create("ping", pingpong, (void *)0, 0);
	struct uk_thread *b = uk_thread_create("pong", pingpong, (void *)1, 0);

	uk_thread_join(a, NULL);
	uk_thread_join(b, NULL);
	check(turns[0] == 1000 && turns[1] == 1000, "yield-pingpong",
	      "the threads did not alternate");
}

static struct uk_mutex lock = UK_MUTEX_INITIALIZER(false);
static long counter;

static void *incr(void *arg __unused)
{
	for (int i = 0; i < 2000; i++) {
		uk_mutex_lock(&lock);
		long v = counter;

		if (i % 7 == 0)
			uk_sched_yield();
		counter = v + 1;
		uk_mutex_unlock(&lock);
	}
	return NULL;
}

static void check_mutex(void)
{
	struct uk_thread *t[8];
	struct uk_mutex rec = UK_MUTEX_INITIALIZER(true);

	for (int i = 0; i < 8; i++)
		t[i] = uk_thread_create("incr", incr, NULL, 0);
	for (int i = 0; i < 8; i++)
		uk_thread_join(t[i], NULL);
	check(counter == 8 * 2000, "mutex-counter", "lost increments");
	uk_mutex_lock(&lock);
	check(uk_mutex_lock(&lock) == -EDEADLK, "mutex-relock",
	      "relocking a plain mutex did not give EDEADLK");
	uk_mutex_unlock(&lock);
	check(uk_mutex_unlock(&lock) == -EPERM, "mutex-unowned",
	      "unlocking an unowned mutex did not give EPERM");
	uk_mutex_lock(&rec);
	check(uk_mutex_lock(&rec) == 0 && uk_mutex_unlock(&rec) == 0 &&
		  uk_mutex_unlock(&rec) == 0 && rec.owner == NULL,
	      "mutex-recursive", "recursive lock/unlock did not balance");
}

static struct uk_mutex qlock = UK_MUTEX_INITIALIZER(false);
static struct uk_condvar qcond = UK_CONDVAR_INITIALIZER;
static int queue, consumed;

static void *consumer(void *arg __unused)
{
	uk_mutex_lock(&qlock);
	while (consumed < 500) {
		while (!queue)
			uk_condvar_wait_until(&qcond, &qlock, 0);
		queue--;
		consumed++;
		uk_condvar_broadcast(&qcond);
	}
	uk_mutex_unlock(&qlock);
	return NULL;
}

static void check_condvar(void)
{
	struct uk_thread *c = uk_thread_create("consumer", consumer, NULL, 0);
	uint64_t t0;
	int rc;

	for (int i = 0; i < 500; i++) {
		uk_mutex_lock(&qlock);
		while (queue == 2)
			uk_condvar_wait_until(&qcond, &qlock, 0);
		queue++;
		uk_condvar_signal(&qcond);
		uk_mutex_unlock(&qlock);
	}
	uk_thread_join(c, NULL);
	check(consumed == 500, "condvar-handoff", "items lost");

	uk_mutex_lock(&qlock);
	t0 = ukplat_monotonic_ns();
	rc = uk_condvar_wait_until(&qcond, &qlock, t0 + 20000000);
	check(rc == -ETIMEDOUT && ukplat_monotonic_ns() - t0 >= 20000000 &&
		  qlock.owner == uk_thread_current(),
	      "condvar-timeout", "timed wait did not time out after 20 ms");
	uk_mutex_unlock(&qlock);
}

static struct uk_semaphore sem = UK_SEMAPHORE_INITIALIZER(0);

static void *sem_up(void *arg __unused)
{
	uk_sched_sleep_ns(5000000);
	uk_semaphore_up(&sem);
	return NULL;
}

static void check_sleep_sem(void)
{
	uint64_t t0 = ukplat_monotonic_ns(), dt;
	struct uk_thread *t;

	uk_sched_sleep_ns(30000000);
	dt = ukplat_monotonic_ns() - t0;
	check(dt >= 30000000 && dt < 200000000, "sleep-30ms",
	      "slept less than asked or far longer");
	t = uk_thread_create("sem-up", sem_up, NULL, 0);
	check(uk_semaphore_down_until(&sem, 0) == 0, "semaphore-down",
	      "down failed");
	uk_thread_join(t, NULL);
	check(uk_semaphore_trydown(&sem) == -EAGAIN, "semaphore-trydown",
	      "trydown on an empty semaphore succeeded");
	t0 = ukplat_monotonic_ns();
	check(uk_semaphore_down_until(&sem, t0 + 10000000) == -ETIMEDOUT,
	      "semaphore-timeout", "timed down did not time out");
}

static volatile bool spin_stop;
static volatile unsigned long spins;

static void *spinner(void *arg __unused)
{
	while (!spin_stop)
		spins++;
	return NULL;
}

/* Only preemption takes the CPU from a thread that never yields. */
static void check_preempt(void)
{
	struct uk_thread *t = uk_thread_create("spinner", spinner, NULL, 0);
	uint64_t t0 = ukplat_monotonic_ns();

	while (!spins && ukplat_monotonic_ns() - t0 < 1000000000UL)
		uk_sched_sleep_ns(1000000);
	spin_stop = true;
	uk_thread_join(t, NULL);
	check(spins > 0, "preempt-spinner", "the spinner never ran");
}

static void *detached(void *arg __unused)
{
	return NULL;
}

static void check_detach(void)
{
	unsigned long before = uk_sched_thread_count();
	struct uk_thread *t = uk_thread_create("detached", detached, NULL, 0);

	check(uk_thread_detach(t) == 0 && uk_thread_detach(t) == -EINVAL,
	      "detach", "detach twice did not fail the second time");
	uk_sched_sleep_ns(2000000); /* the idle thread frees it */
	check(uk_sched_thread_count() == before, "detach-freed",
	      "a detached thread that exited was not freed");
}

static void *last_worker(void *arg __unused)
{
	uk_sched_sleep_ns(20000000);
	printf("last thread done\n");
	return NULL;
}

int main(int argc, char *argv[])
{
	struct uk_thread *self = uk_thread_current();

	if (argc > 1 && !strcmp(argv[1], "exit-main")) {
		uk_thread_create("last", last_worker, NULL, 0);
		printf("main thread exits\n");
		uk_thread_exit(NULL);
	}

	check(self && self->id == 1 && !strcmp(self->name, "main"),
	      "main-thread", "main() does not run as thread 1 \"main\"");
	check_create_join();
	check_yield();
	check_mutex();
	check_condvar();
	check_sleep_sem();
	if (IS_ENABLED(CONFIG_LIBUKSCHED_PREEMPT))
		check_preempt();
	check_detach();
	printf("sched: %d failed, %lu context switches\n", failed,
	       (unsigned long)uk_sched_switches());
	return failed;
}
