/*
 * make bench: what the GDB stub benchmark debugs (support/scripts/bench),
 * one image for the in-guest stub and for QEMU's. The debugger stops in
 * bench_stop(), steps there, reads registers and dumps bench_buf: 4 MiB
 * of pseudo-random bytes, so that run-length encoding cannot shorten the
 * stub's replies.
 */
#include <stdint.h>
#include <stdio.h>

#define BUF_WORDS  (4 * 1024 * 1024 / sizeof(uint64_t))
#define STEP_WORDS 4096 /* far more loop iterations than the steps taken */

uint64_t bench_buf[BUF_WORDS];

/* A plain loop: both stubs step through the same instructions. */
__attribute__((noinline)) uint64_t bench_stop(const uint64_t *p, size_t n)
{
	uint64_t sum = 0;

	for (size_t i = 0; i < n; i++)
		sum = (sum << 1 | sum >> 63) ^ p[i];
	return sum;
}

int main(void)
{
	uint64_t x = 0x9e3779b97f4a7c15ULL;

	for (size_t i = 0; i < BUF_WORDS; i++) {
		x ^= x << 13; /* xorshift64 */
		x ^= x >> 7;
		x ^= x << 17;
		bench_buf[i] = x;
	}
	printf("bench gdbtarget sum=%lx\n",
	       (unsigned long)bench_stop(bench_buf, STEP_WORDS));
	return 0;
}
