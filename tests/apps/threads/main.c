/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Test application for the thread views (tests/test_thread_views.py):
 * named threads that sit in known functions. "waiter" blocks for ever on
 * a semaphore in waiter_main(), "sleeper" sleeps 10 s at a time in
 * sleeper_main(); then the shell runs. Arguments add one more thread:
 *   spin      "spinner" computes for ever in spinner_main() (preempted)
 *   crash     "crasher" reads address 0 in crasher_fault() while main
 *             waits to join it
 *   overflow  "recurser" recurses in recurse() until its guard page
 */
#include <stdio.h>
#include <string.h>
#include <uk/sched.h>
#include <uk/shell.h>

#define MS 1000000ULL

static struct uk_semaphore never = UK_SEMAPHORE_INITIALIZER(0);
static volatile unsigned long spins;

static __noinline void *waiter_main(void *arg __unused)
{
	uk_semaphore_down_until(&never, 0);
	return NULL;
}

static __noinline void *sleeper_main(void *arg __unused)
{
	for (;;)
		uk_sched_sleep_ns(10000 * MS);
	return NULL;
}

static __noinline void *spinner_main(void *arg __unused)
{
	for (;;)
		spins++;
	return NULL;
}

static __noinline void crasher_fault(void)
{
	printf("read %d\n", *(volatile int *)0);
}

static void *crasher_main(void *arg __unused)
{
	/* Let the others reach the places the test looks for. */
	uk_sched_sleep_ns(50 * MS);
	crasher_fault();
	return NULL;
}

/* The addition after the call keeps it from becoming a loop. */
static volatile int recurse_limit = -1;

static __noinline int recurse(int depth)
{
	volatile char frame[256];

	if (depth == recurse_limit)
		return 0;
	frame[0] = (char)depth;
	return recurse(depth + 1) + frame[0];
}

static void *recurser_main(void *arg __unused)
{
	uk_sched_sleep_ns(50 * MS);
	printf("%d\n", recurse(0));
	return NULL;
}

static struct uk_thread *start(const char *name, void *(*fn)(void *))
{
	struct uk_thread *t = uk_thread_create(name, fn, NULL, 0);

	if (!t)
		printf("cannot create thread %s\n", name);
	return t;
}

int main(int argc, char *argv[])
{
	struct uk_thread *extra = NULL;

	start("waiter", waiter_main);
	start("sleeper", sleeper_main);
	if (argc > 1 && !strcmp(argv[1], "spin"))
		start("spinner", spinner_main);
	if (argc > 1 && !strcmp(argv[1], "crash"))
		extra = start("crasher", crasher_main);
	if (argc > 1 && !strcmp(argv[1], "overflow"))
		extra = start("recurser", recurser_main);
	if (extra)
		uk_thread_join(extra, NULL);
	/* The others run up to where they wait before the shell starts. */
	uk_sched_sleep_ns(20 * MS);
	printf("threads ready\n");
	return uk_shell_run();
}
