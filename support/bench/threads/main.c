/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * make bench: what threads cost, on the guest's monotonic clock. The
 * arguments pick the measures, in order; each prints a "bench threads ..."
 * line that support/scripts/bench parses, spans in whole nanoseconds.
 *   switch  context switches of threads that only yield: main and one
 *           partner (a ping-pong), then the same pair among 1,000 more
 *           yielding threads, where each switch goes to the next of 1,002
 *           in the ready queue. uksched counts the switches itself.
 *   create  uk_thread_create() + uk_thread_join() pairs of a thread that
 *           returns at once, on the default stack size.
 *   spin    two CPU-bound threads doing the same fixed work, from their
 *           creation to both joined, and the switches meanwhile (the
 *           script boots it with and without preemption; without, they
 *           run one after the other).
 *   idle    three threads sleep in loops and main sleeps for argv[2]
 *           seconds; the host measures QEMU's CPU time meanwhile.
 * The clock's step (the smallest nonzero difference of two reads) comes
 * first, so the script can check that each span is many steps long.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/sched.h>
#include <uk/plat/time.h>

#define PINGPONG_YIELDS 100000UL
#define OTHERS		1000
/* Each of main's yields goes round all 1,002: as many switches as above. */
#define CROWD_YIELDS	(2 * PINGPONG_YIELDS / (OTHERS + 2))
#define OTHER_STACK	(16 * 1024)
#define PAIRS		1000
#define SPIN_WORK	50000000UL
#define SEC		1000000000ULL

static volatile int stop;

static uint64_t clock_step(void)
{
	uint64_t step = ~0ULL, prev = ukplat_monotonic_ns();

	for (int i = 0; i < 1000; i++) {
		uint64_t now = ukplat_monotonic_ns();

		if (now != prev && now - prev < step)
			step = now - prev;
		prev = now;
	}
	return step;
}

static void *yielder(void *arg)
{
	(void)arg;
	while (!stop)
		uk_sched_yield();
	return NULL;
}

static struct uk_thread *start(const char *name, void *(*fn)(void *), void *arg,
			       size_t stack)
{
	struct uk_thread *t = uk_thread_create(name, fn, arg, stack);

	if (!t) {
		printf("bench threads: no memory for thread %s\n", name);
		exit(1);
	}
	return t;
}

/* Main yields @yields times among itself and @n other yielding threads. */
static void switches(int n, unsigned long yields)
{
	struct uk_thread **t = malloc(n * sizeof(*t));
	uint64_t s0, t0;

	if (!t)
		exit(1);
	stop = 0;
	for (int i = 0; i < n; i++)
		t[i] =
		    start(i ? "other" : "partner", yielder, NULL, OTHER_STACK);
	/* one round first: each thread runs once before the clock starts */
	uk_sched_yield();
	s0 = uk_sched_switches();
	t0 = ukplat_monotonic_ns();
	for (unsigned long i = 0; i < yields; i++)
		uk_sched_yield();
	t0 = ukplat_monotonic_ns() - t0;
	s0 = uk_sched_switches() - s0;
	stop = 1;
	for (int i = 0; i < n; i++)
		uk_thread_join(t[i], NULL);
	free(t);
	printf("bench threads switch threads=%d switches=%lu ns=%lu\n", n + 1,
	       (unsigned long)s0, (unsigned long)t0);
}

static void *nothing(void *arg)
{
	return arg;
}

static void create_join(void)
{
	uint64_t t0 = ukplat_monotonic_ns();

	for (int i = 0; i < PAIRS; i++)
		uk_thread_join(start("short", nothing, NULL, 0), NULL);
	t0 = ukplat_monotonic_ns() - t0;
	printf("bench threads create pairs=%d ns=%lu\n", PAIRS,
	       (unsigned long)t0);
}

static void *spinner(void *arg)
{
	uint64_t x = (uintptr_t)arg | 1;

	for (unsigned long i = 0; i < SPIN_WORK; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
	}
	return (void *)(uintptr_t)x;
}

static void spin(void)
{
	struct uk_thread *a, *b;
	void *ra, *rb;
	uint64_t s0 = uk_sched_switches(), t0 = ukplat_monotonic_ns();

	a = start("spin1", spinner, (void *)1, 0);
	b = start("spin2", spinner, (void *)2, 0);
	uk_thread_join(a, &ra);
	uk_thread_join(b, &rb);
	t0 = ukplat_monotonic_ns() - t0;
	s0 = uk_sched_switches() - s0;
	/* the results too, so that the work cannot be left out */
	printf("bench threads spin work=%lu switches=%lu ns=%lu x=%#lx\n",
	       2 * SPIN_WORK, (unsigned long)s0, (unsigned long)t0,
	       (unsigned long)((uintptr_t)ra ^ (uintptr_t)rb));
}

static void *napper(void *arg)
{
	for (;;)
		uk_sched_sleep_ns((uintptr_t)arg);
	return NULL;
}

static void idle(unsigned long seconds)
{
	start("nap100ms", napper, (void *)(uintptr_t)(SEC / 10), 0);
	start("nap500ms", napper, (void *)(uintptr_t)(SEC / 2), 0);
	start("nap2s", napper, (void *)(uintptr_t)(2 * SEC), 0);
	printf("bench threads idle ready\n");
	uk_sched_sleep_ns(seconds * SEC);
}

int main(int argc, char *argv[])
{
	printf("bench threads clock_step_ns=%lu\n",
	       (unsigned long)clock_step());
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "switch")) {
			switches(1, PINGPONG_YIELDS);
			switches(OTHERS + 1, CROWD_YIELDS);
		} else if (!strcmp(argv[i], "create")) {
			create_join();
		} else if (!strcmp(argv[i], "spin")) {
			spin();
		} else if (!strcmp(argv[i], "idle") && i + 1 < argc) {
			idle(strtoul(argv[++i], NULL, 0));
		} else {
			printf("bench threads: no measure '%s'\n", argv[i]);
			return 1;
		}
	}
	return 0;
}
