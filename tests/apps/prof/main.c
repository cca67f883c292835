/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Test application for the profiler (tests/test_prof.py): a workload
 * that spends a known share of its time in each of two functions,
 * work_a() three units and work_b() one unit per round, the same loop
 * in both. The share is not assumed: every call is timed on the
 * monotonic clock (the TSC on x86_64, the generic timer's counter on
 * arm64) and the measured share is printed. Arguments:
 *   profile [hz]     sample at hz (default 997) over ROUNDS_PROFILE
 *                    rounds, print the share and `prof dump`
 *   overhead <hz>    time the same rounds without and with sampling at
 *                    hz, alternately, and print the median ratio
 *   spin             run rounds of a tenth of the work for ever (for a
 *                    sampler on the host), printing the share of the
 *                    first ones; the endless rounds read no clock
 *
 * A round of `profile` lasts about a millisecond: work that repeats at
 * the sampler's period, the case its jittered periods are for. A host
 * sampler's periods are jittered by its own clock, which the guest's
 * progress follows only loosely; with rounds ten times shorter, its
 * samples fall at independent points of a round.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/plat/time.h>
#include <uk/prof.h>

#define CALIBRATE_NS   20000000ULL
#define UNIT_NS	       250000ULL /* a round of 1 ms: near the rate */
#define ROUNDS_PROFILE 3000
#define ROUNDS_BLOCK   400
#define BLOCKS	       7

/* Two sinks, so that the two functions differ and are not folded into
 * one by the compiler. */
static volatile unsigned long sink_a, sink_b;
static unsigned long unit;
static uint64_t ns_a, ns_b;

static __noinline void work_a(unsigned long n)
{
	for (unsigned long i = 0; i < n; i++)
		sink_a += i;
}

static __noinline void work_b(unsigned long n)
{
	for (unsigned long i = 0; i < n; i++)
		sink_b += i;
}

static void calibrate(void)
{
	unsigned long n = 1000;
	uint64_t t;

	for (;;) {
		t = ukplat_monotonic_ns();
		work_a(n);
		t = ukplat_monotonic_ns() - t;
		if (t >= CALIBRATE_NS)
			break;
		n *= 2;
	}
	unit = (unsigned long)(n * UNIT_NS / t);
	if (!unit)
		unit = 1;
}

/* The rounds a host sampler sees. They read no clock: under -icount a
 * clock read costs the host far more time than the one instruction the
 * guest's clock counts for it, and a host sampler measures host time.
 * With timed rounds, 8 to 32 % of the host's samples on arm64 fell in
 * ukplat_monotonic_ns, and work_a's share of the rest rose to 77 to
 * 88 % where 75 % was measured (docs/profiling.md). */
static void untimed_rounds(unsigned long count, unsigned long n)
{
	for (unsigned long r = 0; r < count; r++) {
		work_a(3 * n);
		work_b(n);
	}
}

static void rounds(unsigned long count, unsigned long n)
{
	for (unsigned long r = 0; r < count; r++) {
		uint64_t t0 = ukplat_monotonic_ns(), t1, t2;

		work_a(3 * n);
		t1 = ukplat_monotonic_ns();
		work_b(n);
		t2 = ukplat_monotonic_ns();
		ns_a += t1 - t0;
		ns_b += t2 - t1;
	}
}

/* @part of @all in hundredths of a percent, printed as 12.34. */
static void print_percent(const char *name, uint64_t part, uint64_t all)
{
	uint64_t h = all ? part * 10000 / all : 0;

	printf(" %s %llu.%02llu", name, (unsigned long long)(h / 100),
	       (unsigned long long)(h % 100));
}

static void print_share(void)
{
	printf("share");
	print_percent("work_a", ns_a, ns_a + ns_b);
	print_percent("work_b", ns_b, ns_a + ns_b);
	printf(" (of %llu ms)\n",
	       (unsigned long long)((ns_a + ns_b) / 1000000));
}

static void out_line(void *arg __unused, const char *line)
{
	printf("%s\n", line);
}

static int profile(unsigned int hz)
{
	if (uk_prof_start(hz)) {
		printf("error: prof start %u failed\n", hz);
		return 1;
	}
	rounds(ROUNDS_PROFILE, unit);
	uk_prof_stop();
	print_share();
	uk_prof_dump(out_line, NULL);
	return 0;
}

static uint64_t timed_block(unsigned int hz)
{
	uint64_t t;

	if (hz && uk_prof_start(hz))
		return 0;
	t = ukplat_monotonic_ns();
	rounds(ROUNDS_BLOCK, unit);
	t = ukplat_monotonic_ns() - t;
	uk_prof_stop();
	return t;
}

static void sort(uint64_t *v, int n)
{
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && v[j - 1] > v[j]; j--) {
			uint64_t t = v[j];

			v[j] = v[j - 1];
			v[j - 1] = t;
		}
}

static void print_ratio(const char *name, uint64_t r)
{
	printf("%s%llu.%04llu", name, (unsigned long long)(r / 10000),
	       (unsigned long long)(r % 10000));
}

/* Off and on alternately, each pair's ratio; the median of the pairs. */
static int overhead(unsigned int hz)
{
	uint64_t ratio[BLOCKS]; /* on / off, in ten-thousandths */
	struct uk_prof_stats st;

	uk_prof_clear();
	for (int i = 0; i < BLOCKS; i++) {
		uint64_t off = timed_block(0);
		uint64_t on = timed_block(hz);

		if (!on)
			return 1;
		ratio[i] = on * 10000 / off;
	}
	uk_prof_get_stats(&st);
	sort(ratio, BLOCKS);
	printf("overhead at %u Hz:", hz);
	print_ratio(" ratio ", ratio[BLOCKS / 2]);
	print_ratio(" (min ", ratio[0]);
	print_ratio(" max ", ratio[BLOCKS - 1]);
	printf(") samples %llu masked %llu\n", (unsigned long long)st.samples,
	       (unsigned long long)st.masked);
	return 0;
}

int main(int argc, char *argv[])
{
	calibrate();
	printf("unit %lu iterations\n", unit);
	if (argc >= 2 && !strcmp(argv[1], "profile"))
		return profile(argc > 2 ? (unsigned int)atoi(argv[2])
					: UK_PROF_HZ_DEFAULT);
	if (argc == 3 && !strcmp(argv[1], "overhead"))
		return overhead((unsigned int)atoi(argv[2]));
	if (argc == 2 && !strcmp(argv[1], "spin")) {
		rounds(10 * ROUNDS_BLOCK, unit / 10);
		print_share();
		printf("spinning\n");
		for (;;)
			untimed_rounds(10 * ROUNDS_BLOCK, unit / 10);
	}
	printf("usage: profile [hz] | overhead <hz> | spin\n");
	return 2;
}
