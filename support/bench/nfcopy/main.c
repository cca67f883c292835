/*
 * make bench: uk_nofault_memcpy against plain memcpy of the same 1 MiB
 * buffers in one guest run, aligned and misaligned. Prints one line per
 * case: the best of several rounds of each, and their ratio.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/nofault.h>
#include <uk/plat/time.h>

#define SIZE   (1024 * 1024)
#define ROUNDS 7

static uint64_t best_of(void (*fn)(char *, const char *, size_t), char *dst,
			const char *src, size_t len)
{
	uint64_t best = ~0ULL;

	for (int r = 0; r < ROUNDS; r++) {
		uint64_t t0 = ukplat_monotonic_ns();

		fn(dst, src, len);
		t0 = ukplat_monotonic_ns() - t0;
		best = t0 < best ? t0 : best;
	}
	return best;
}

static void plain(char *dst, const char *src, size_t len)
{
	memcpy(dst, src, len);
}

static void guarded(char *dst, const char *src, size_t len)
{
	if (uk_nofault_memcpy(dst, src, len, 0) != len)
		abort();
}

int main(void)
{
	char *src = malloc(SIZE + 64), *dst = malloc(SIZE + 64);
	static const struct {
		const char *name;
		int s, d;
	} cases[] = {
		{ "aligned", 0, 0 },
		{ "misaligned", 3, 5 },
	};

	if (!src || !dst)
		return 1;
	memset(src, 0x5a, SIZE + 64);
	for (unsigned int i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		uint64_t p =
		    best_of(plain, dst + cases[i].d, src + cases[i].s, SIZE);
		uint64_t n =
		    best_of(guarded, dst + cases[i].d, src + cases[i].s, SIZE);

		printf("bench nofault_memcpy %s: plain %lu us, nofault %lu us, "
		       "ratio %lu.%03lu\n",
		       cases[i].name, (unsigned long)(p / 1000),
		       (unsigned long)(n / 1000), (unsigned long)(n / p),
		       (unsigned long)(n * 1000 / p % 1000));
	}
	return 0;
}
