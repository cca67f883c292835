/*
 * make bench: the cost of tracepoints, in one guest run (boot it with
 * uk.trace=bench_on; bench_off stays disabled), on the guest's clock:
 * - a loop whose body is 16 rounds of xorshift, with and without a
 *   disabled tracepoint of three integers in it;
 * - an enabled tracepoint of three integers, an empty function call of
 *   three integers, and uk_pr_debug() of the same three values printed for
 *   real (the run-time level raised to debug) through the console's UART;
 * the best of several rounds of each, in picoseconds per iteration. The
 * enabled rounds also give the sustained rate: events per second into a
 * ring that overwrites all the time.
 */
#include <stdio.h>
#include <uk/print.h>
#include <uk/plat/time.h>
#include <uk/trace.h>

#define LOOPS	100000
#define EVENTS	100000
#define PRINTKS 1000
#define ROUNDS	5

UK_TRACEPOINT(bench_off, "a=%lu b=%lu c=%lu", unsigned long, unsigned long,
	      unsigned long);
UK_TRACEPOINT(bench_on, "a=%lu b=%lu c=%lu", unsigned long, unsigned long,
	      unsigned long);

static volatile unsigned long sink;

static inline unsigned long work(unsigned long x)
{
	for (int r = 0; r < 16; r++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
	}
	return x;
}

static void loop_plain(unsigned long n)
{
	unsigned long x = sink | 1;

	for (unsigned long i = 0; i < n; i++)
		x = work(x + i);
	sink = x;
}

static void loop_disabled(unsigned long n)
{
	unsigned long x = sink | 1;

	for (unsigned long i = 0; i < n; i++) {
		bench_off(i, x, n);
		x = work(x + i);
	}
	sink = x;
}

static __noinline void empty(unsigned long a, unsigned long b, unsigned long c)
{
	__asm__ volatile("" : : "r"(a), "r"(b), "r"(c));
}

static void calls(unsigned long n)
{
	for (unsigned long i = 0; i < n; i++)
		empty(i, i + 1, i + 2);
}

static void enabled(unsigned long n)
{
	for (unsigned long i = 0; i < n; i++)
		bench_on(i, i + 1, i + 2);
}

static void printks(unsigned long n)
{
	for (unsigned long i = 0; i < n; i++)
		uk_pr_debug("a=%lu b=%lu c=%lu\n", i, i + 1, i + 2);
}

/* Picoseconds per iteration of @fn, the best of ROUNDS runs of @n. */
static unsigned long long best_ps(void (*fn)(unsigned long), unsigned long n)
{
	uint64_t best = ~0ULL;

	for (int r = 0; r < ROUNDS; r++) {
		uint64_t t0 = ukplat_monotonic_ns();

		fn(n);
		t0 = ukplat_monotonic_ns() - t0;
		best = t0 < best ? t0 : best;
	}
	return best * 1000ULL / n;
}

int main(void)
{
	unsigned long long plain, disabled, call, on, pr;

	plain = best_ps(loop_plain, LOOPS);
	disabled = best_ps(loop_disabled, LOOPS);
	call = best_ps(calls, EVENTS);
	on = best_ps(enabled, EVENTS);
	uk_log_level = UK_LOG_DEBUG;
	pr = best_ps(printks, PRINTKS);
	uk_log_level = UK_LOG_INFO;
	printf("bench trace plain_ps=%llu disabled_ps=%llu call_ps=%llu "
	       "enabled_ps=%llu printk_ps=%llu\n",
	       plain, disabled, call, on, pr);
	return 0;
}
