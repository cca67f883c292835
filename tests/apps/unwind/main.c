/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Test application for the unwinder (tests/test_unwind_accuracy.py): three
 * threads that never stop running a mix of code shapes a call trace must
 * see through at every instruction: leaf functions with and without a
 * frame, recursion, large frames, many arguments, calls through pointers,
 * variadic calls into the C library, and mutexes, semaphores and condition
 * variables that yield to each other through the scheduler. main() is one
 * of the three. With argv[1] "bench" it measures uk_unwind() instead: the
 * time per trace of a known depth, printed as "unwind: N ns per trace of
 * depth D".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/backtrace.h>
#include <uk/plat/time.h>
#include <uk/sched.h>

#define BENCH_TRACES 20000
#define BENCH_DEPTH  8

static struct uk_mutex lock = UK_MUTEX_INITIALIZER(false);
static struct uk_semaphore ping = UK_SEMAPHORE_INITIALIZER(0);
static struct uk_condvar cond = UK_CONDVAR_INITIALIZER;
static volatile unsigned long sink;
static unsigned long shared;

__attribute__((noinline)) unsigned long leaf_mix(unsigned long a,
						 unsigned long b)
{
	return (a * 2654435761UL) ^ (b >> 3);
}

__attribute__((noinline)) unsigned long leaf_loop(const unsigned char *p,
						  size_t n)
{
	unsigned long h = 5381;

	for (size_t i = 0; i < n; i++)
		h = h * 33 + p[i];
	return h;
}

__attribute__((noinline)) unsigned long
many_args(unsigned long a, unsigned long b, unsigned long c, unsigned long d,
	  unsigned long e, unsigned long f, unsigned long g, unsigned long h)
{
	return leaf_mix(a + c + e + g, b ^ d ^ f ^ h);
}

__attribute__((noinline)) unsigned long big_frame(unsigned long seed)
{
	unsigned char buf[1536];

	for (size_t i = 0; i < sizeof(buf); i++)
		buf[i] = (unsigned char)(seed + i * 7);
	return leaf_loop(buf, sizeof(buf));
}

__attribute__((noinline)) unsigned long recurse(int depth, unsigned long acc)
{
	if (depth == 0)
		return many_args(acc, 1, 2, 3, 4, 5, 6, 7);
	return recurse(depth - 1, leaf_mix(acc, (unsigned long)depth)) + 1;
}

__attribute__((noinline)) unsigned long format_it(unsigned long v)
{
	char line[64];
	int n = snprintf(line, sizeof(line), "%lu-%lx-%s", v, v, "unwind");

	return leaf_loop((const unsigned char *)line, (size_t)n) + strlen(line);
}

__attribute__((noinline)) unsigned long with_heap(unsigned long v)
{
	unsigned long *p = malloc(64 * sizeof(*p));

	if (!p)
		return v;
	memset(p, (int)v, 64 * sizeof(*p));
	v += p[v % 64];
	free(p);
	return v;
}

static unsigned long (*const steps[])(unsigned long) = { big_frame, format_it,
							 with_heap };

__attribute__((noinline)) void locked_update(unsigned long v)
{
	uk_mutex_lock(&lock);
	shared += v;
	uk_condvar_signal(&cond);
	uk_mutex_unlock(&lock);
}

__attribute__((noinline)) void work(unsigned long round)
{
	unsigned long v = recurse((int)(round % 6), round);

	v += steps[round % 3](v);
	locked_update(v);
	sink = v;
}

static void *worker(void *arg)
{
	for (unsigned long round = (unsigned long)arg;; round++) {
		work(round);
		if (round % 4 == 0)
			uk_semaphore_up(&ping);
		uk_sched_yield();
	}
	return NULL;
}

static void *waiter(void *arg __unused)
{
	for (;;) {
		uk_semaphore_down_until(&ping, 0);
		uk_mutex_lock(&lock);
		if (shared & 1)
			uk_condvar_wait_until(&cond, &lock, 0);
		uk_mutex_unlock(&lock);
		work(shared);
	}
	return NULL;
}

/* A chain of BENCH_DEPTH calls, the innermost unwinding its own context. */
__attribute__((noinline)) int bench_chain(int depth, unsigned long *pcs)
{
	struct __regs regs;

	if (depth > 1)
		return bench_chain(depth - 1, pcs);
	ukarch_regs_capture(&regs);
	return uk_unwind(&regs, 0, 0, pcs, NULL, BENCH_DEPTH);
}

static int bench(void)
{
	unsigned long pcs[BENCH_DEPTH];
	uint64_t t0, t1;
	int n = 0;

	t0 = ukplat_monotonic_ns();
	for (int i = 0; i < BENCH_TRACES; i++)
		n = bench_chain(BENCH_DEPTH, pcs);
	t1 = ukplat_monotonic_ns();
	printf("unwind: %lu ns per trace of depth %d\n",
	       (unsigned long)((t1 - t0) / BENCH_TRACES), n);
	return 0;
}

int main(int argc, char *argv[])
{
	if (argc > 1 && !strcmp(argv[1], "bench"))
		return bench();
	uk_thread_create("worker", worker, (void *)1, 0);
	uk_thread_create("waiter", waiter, NULL, 0);
	printf("unwind app running\n");
	worker((void *)0);
	return 0;
}
