/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Suite sched: uksched's own API (the POSIX layer has its own test):
 * threads, joins, yields, mutexes, condition variables, sleeps,
 * semaphores, preemption (with LIBUKSCHED_PREEMPT) and detached threads.
 * The cases run in the runner's thread, which is "main" (id 1).
 */
#include <errno.h>
#include <string.h>
#include <uk/sched.h>
#include <uk/test.h>
#include <uk/plat/time.h>

UK_TESTCASE(sched, main_thread)
{
	struct uk_thread *self = uk_thread_current();

	UK_TEST_ASSERT_NOT_NULL(self);
	UK_TEST_EXPECT_UNUM_EQ(self->id, 1);
	UK_TEST_EXPECT_STR_EQ(self->name, "main");
}

static void *ret_arg(void *arg)
{
	return arg;
}

UK_TESTCASE(sched, create_join)
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
	UK_TEST_EXPECT(ok);
}

UK_TESTCASE(sched, join_self)
{
	UK_TEST_EXPECT_SNUM_EQ(uk_thread_join(uk_thread_current(), NULL),
			       -EDEADLK);
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

UK_TESTCASE(sched, yield_pingpong)
{
	struct uk_thread *a = uk_thread_create("ping", pingpong, (void *)0, 0);
	struct uk_thread *b = uk_thread_create("pong", pingpong, (void *)1, 0);

	uk_thread_join(a, NULL);
	uk_thread_join(b, NULL);
	UK_TEST_EXPECT_SNUM_EQ(turns[0], 1000);
	UK_TEST_EXPECT_SNUM_EQ(turns[1], 1000);
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

UK_TESTCASE(sched, mutex_counter)
{
	struct uk_thread *t[8];

	for (int i = 0; i < 8; i++)
		t[i] = uk_thread_create("incr", incr, NULL, 0);
	for (int i = 0; i < 8; i++)
		uk_thread_join(t[i], NULL);
	UK_TEST_EXPECT_SNUM_EQ(counter, 8 * 2000);
}

UK_TESTCASE(sched, mutex_relock)
{
	uk_mutex_lock(&lock);
	UK_TEST_EXPECT_SNUM_EQ(uk_mutex_lock(&lock), -EDEADLK);
	uk_mutex_unlock(&lock);
}

UK_TESTCASE(sched, mutex_unowned)
{
	UK_TEST_EXPECT_SNUM_EQ(uk_mutex_unlock(&lock), -EPERM);
}

UK_TESTCASE(sched, mutex_recursive)
{
	struct uk_mutex rec = UK_MUTEX_INITIALIZER(true);

	uk_mutex_lock(&rec);
	UK_TEST_EXPECT_ZERO(uk_mutex_lock(&rec));
	UK_TEST_EXPECT_ZERO(uk_mutex_unlock(&rec));
	UK_TEST_EXPECT_ZERO(uk_mutex_unlock(&rec));
	UK_TEST_EXPECT_NULL(rec.owner);
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

UK_TESTCASE(sched, condvar_handoff)
{
	struct uk_thread *c = uk_thread_create("consumer", consumer, NULL, 0);

	for (int i = 0; i < 500; i++) {
		uk_mutex_lock(&qlock);
		while (queue == 2)
			uk_condvar_wait_until(&qcond, &qlock, 0);
		queue++;
		uk_condvar_signal(&qcond);
		uk_mutex_unlock(&qlock);
	}
	uk_thread_join(c, NULL);
	UK_TEST_EXPECT_SNUM_EQ(consumed, 500);
}

UK_TESTCASE(sched, condvar_timeout)
{
	uint64_t t0;
	int rc;

	uk_mutex_lock(&qlock);
	t0 = ukplat_monotonic_ns();
	rc = uk_condvar_wait_until(&qcond, &qlock, t0 + 20000000);
	UK_TEST_EXPECT_SNUM_EQ(rc, -ETIMEDOUT);
	UK_TEST_EXPECT_UNUM_GE(ukplat_monotonic_ns() - t0, 20000000);
	UK_TEST_EXPECT_PTR_EQ(qlock.owner, uk_thread_current());
	uk_mutex_unlock(&qlock);
}

static struct uk_semaphore sem = UK_SEMAPHORE_INITIALIZER(0);

static void *sem_up(void *arg __unused)
{
	uk_sched_sleep_ns(5000000);
	uk_semaphore_up(&sem);
	return NULL;
}

UK_TESTCASE(sched, sleep_30ms)
{
	uint64_t t0 = ukplat_monotonic_ns(), dt;

	uk_sched_sleep_ns(30000000);
	dt = ukplat_monotonic_ns() - t0;
	UK_TEST_EXPECT_UNUM_GE(dt, 30000000);
	UK_TEST_EXPECT_UNUM_LT(dt, 200000000);
}

UK_TESTCASE(sched, semaphore_down)
{
	struct uk_thread *t = uk_thread_create("sem-up", sem_up, NULL, 0);

	UK_TEST_EXPECT_ZERO(uk_semaphore_down_until(&sem, 0));
	uk_thread_join(t, NULL);
}

UK_TESTCASE(sched, semaphore_trydown)
{
	UK_TEST_EXPECT_SNUM_EQ(uk_semaphore_trydown(&sem), -EAGAIN);
}

UK_TESTCASE(sched, semaphore_timeout)
{
	uint64_t t0 = ukplat_monotonic_ns();

	UK_TEST_EXPECT_SNUM_EQ(uk_semaphore_down_until(&sem, t0 + 10000000),
			       -ETIMEDOUT);
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
UK_TESTCASE(sched, preempt_spinner)
{
	struct uk_thread *t;
	uint64_t t0 = ukplat_monotonic_ns();

	if (!IS_ENABLED(CONFIG_LIBUKSCHED_PREEMPT))
		uk_test_skip("LIBUKSCHED_PREEMPT is off");
	t = uk_thread_create("spinner", spinner, NULL, 0);

	while (!spins && ukplat_monotonic_ns() - t0 < 1000000000UL)
		uk_sched_sleep_ns(1000000);
	spin_stop = true;
	uk_thread_join(t, NULL);
	UK_TEST_EXPECT_UNUM_GT(spins, 0);
}

static void *detached(void *arg __unused)
{
	return NULL;
}

UK_TESTCASE(sched, detach)
{
	unsigned long before = uk_sched_thread_count();
	struct uk_thread *t = uk_thread_create("detached", detached, NULL, 0);

	UK_TEST_EXPECT_ZERO(uk_thread_detach(t));
	UK_TEST_EXPECT_SNUM_EQ(uk_thread_detach(t), -EINVAL);
	/* The idle thread frees it; on a loaded host that may take a while. */
	for (int i = 0; i < 500 && uk_sched_thread_count() != before; i++)
		uk_sched_sleep_ns(2000000);
	UK_TEST_EXPECT_UNUM_EQ(uk_sched_thread_count(), before);
}

uk_testsuite_register(sched, NULL);
