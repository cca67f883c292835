/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * make bench: the format core's throughput (nolibc's snprintf on a line
 * of mixed conversions), the best of several rounds, in formatted lines
 * per second of the guest's monotonic clock.
 */
#include <stdio.h>
#include <uk/plat/time.h>

#define CALLS  20000
#define ROUNDS 5

int main(void)
{
	static char buf[128];
	uint64_t best = ~0ULL;
	unsigned long sink = 0;

	for (int r = 0; r < ROUNDS; r++) {
		uint64_t t0 = ukplat_monotonic_ns();

		for (int i = 0; i < CALLS; i++)
			sink += snprintf(buf, sizeof(buf),
					 "%d %5s %08x %lu %c %-6.3s|%p",
					 i - 500, "ab", i * 2654435761U,
					 (unsigned long)i << 20, 'a' + i % 26,
					 "format", (void *)&best);
		t0 = ukplat_monotonic_ns() - t0;
		best = t0 < best ? t0 : best;
	}
	printf("bench format lines_per_s=%lu sink=%lu\n",
	       (unsigned long)(CALLS * 1000000000ULL / (best ? best : 1)),
	       sink);
	return 0;
}
