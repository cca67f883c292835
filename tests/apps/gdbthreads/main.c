/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Test application for the GDB stub's threads (tests/test_gdb_threads.py):
 * named threads, each blocked or busy in a function of its own, so that a
 * debugger can tell them apart. argv[1] picks the mode:
 *
 *   threads  locker (blocked on a mutex main holds), waiter (on a
 *            semaphore), sleeper (sleeping for an hour), yielder (yields
 *            in a loop until its PC is moved to diverted()), worker1 and
 *            worker2 (call work_step() and yield); main meets
 *            ready_point() once they all run, then loops through
 *            loop_body(), which yields, and reports a diversion.
 *   preempt  the same and spinner, which never gives up the CPU: the
 *            timer preempts it (LIBUKSCHED_PREEMPT), so a debugger sees
 *            its whole interrupted frame.
 *   many     1,000 threads blocked on a semaphore, then ready_point().
 *
 * `/ * @name * /` marks lines the tests refer to.
 */
#include <stdio.h>
#include <string.h>
#include <uk/arch/lcpu.h>
#include <uk/sched.h>

#define MANY 1000

static struct uk_mutex held = UK_MUTEX_INITIALIZER(false);
static struct uk_semaphore never = UK_SEMAPHORE_INITIALIZER(0);
static volatile unsigned long work_done[2], loops, yields;
static volatile int diverted_hit;
static volatile unsigned long spins;

__attribute__((noinline)) void wait_mutex(void)
{
	uk_mutex_lock(&held); /* @wait_mutex */
	uk_mutex_unlock(&held);
}

__attribute__((noinline)) void wait_sem(void)
{
	uk_semaphore_down_until(&never, 0); /* @wait_sem */
}

__attribute__((noinline)) void nap(void)
{
	uk_sched_sleep_ns(3600ULL * 1000000000ULL); /* @nap */
}

/* Where the yielder goes when a debugger moves its PC here, from inside
 * the scheduler's switch, where interrupts are masked: without them the
 * sleepers would never wake. */
__attribute__((noinline)) void diverted(void)
{
	ukarch_irq_enable();
	diverted_hit = 1;
	for (;;)
		uk_sched_yield();
}

__attribute__((noinline)) void work_step(int who)
{
	work_done[who]++; /* @work_step */
}

/* Run by main and the workers alike: gdb's `next` over the yield and over
 * the sleep (a call that blocks) must come back in the thread it started
 * in. */
__attribute__((noinline)) void loop_body(volatile unsigned long *n)
{
	(*n)++;
	uk_sched_yield();	   /* @yield_line */
	uk_sched_sleep_ns(100000); /* @sleep_line */
	(*n)++;			   /* @after_sleep */
}

__attribute__((noinline)) void ready_point(void)
{
	printf("threads ready\n");
}

__attribute__((noinline)) void diverted_seen(void)
{
	printf("yielder diverted\n");
}

static void *locker(void *arg __unused)
{
	wait_mutex();
	return NULL;
}

static void *waiter(void *arg __unused)
{
	wait_sem();
	return NULL;
}

static void *sleeper(void *arg __unused)
{
	nap();
	return NULL;
}

static void *yielder(void *arg __unused)
{
	for (;;) {
		yields++;
		uk_sched_yield();
	}
	return NULL;
}

static void *spinner(void *arg __unused)
{
	for (;;)
		spins++; /* @spin */
	return NULL;
}

static void *worker(void *arg)
{
	int who = (int)(long)arg;
	unsigned long n = 0;

	for (;;) {
		work_step(who);
		loop_body(&n);
	}
	return NULL;
}

static void start(const char *name, void *(*fn)(void *), void *arg,
		  size_t stack)
{
	if (!uk_thread_create(name, fn, arg, stack)) {
		printf("cannot create %s\n", name);
		uk_thread_exit(NULL);
	}
}

static __noreturn void many(void)
{
	char name[UK_THREAD_NAME_MAX];

	for (int i = 0; i < MANY; i++) {
		snprintf(name, sizeof(name), "blocked%d", i);
		start(name, waiter, NULL, 8192);
	}
	/* Every one of them blocks on its first run. */
	uk_sched_yield();
	ready_point();
	for (;;)
		uk_sched_sleep_ns(1000000000ULL);
}

int main(int argc, char *argv[])
{
	const char *mode = argc > 1 ? argv[1] : "threads";

	if (!strcmp(mode, "many"))
		many();
	uk_mutex_lock(&held);
	start("locker", locker, NULL, 0);
	start("waiter", waiter, NULL, 0);
	start("sleeper", sleeper, NULL, 0);
	start("yielder", yielder, NULL, 0);
	start("worker1", worker, (void *)0L, 0);
	start("worker2", worker, (void *)1L, 0);
	if (!strcmp(mode, "preempt"))
		start("spinner", spinner, NULL, 0);
	while (!work_done[0] || !work_done[1] || !yields ||
	       (!strcmp(mode, "preempt") && !spins))
		uk_sched_yield();
	ready_point();
	for (;;) {
		loop_body(&loops); /* @main_loop */
		if (diverted_hit) {
			diverted_seen();
			diverted_hit = 0;
		}
	}
}
