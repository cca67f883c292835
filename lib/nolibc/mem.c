/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * memcpy, memmove, memset, memcmp and memchr. The first three are hot
 * (page clearing, struct copies, the heap), so they move a machine word at
 * a time once the pointers are aligned; the rest go byte by byte. No
 * access ever leaves the [ptr, ptr + n) ranges the caller passed.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/*
 * may_alias: the words overlay objects of any type, and this must not be
 * taken as a licence to reorder them under strict aliasing.
 */
typedef unsigned long __attribute__((may_alias)) word_t;
/* A word that may sit at any address (memcpy's source). */
typedef unsigned long __attribute__((may_alias, aligned(1))) uword_t;
#define WSIZE sizeof(word_t)
#define WMASK (WSIZE - 1)

/*
 * GCC recognises byte loops as memcpy/memset idioms and would replace the
 * loops below with calls to the very function they implement.
 */
#define NO_IDIOM __attribute__((optimize("no-tree-loop-distribute-patterns")))

NO_IDIOM void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	/*
	 * Align the destination, then move words; the source may stay
	 * misaligned: both architectures load unaligned words from normal
	 * memory at full speed, far faster than a byte loop.
	 */
	if (n >= 2 * WSIZE) {
		word_t *dw;
		const uword_t *sw;

		for (; (uintptr_t)d & WMASK; n--)
			*d++ = *s++;
		dw = (word_t *)d;
		sw = (const uword_t *)s;
		for (; n >= 4 * WSIZE; n -= 4 * WSIZE, dw += 4, sw += 4) {
			dw[0] = sw[0];
			dw[1] = sw[1];
			dw[2] = sw[2];
			dw[3] = sw[3];
		}
		for (; n >= WSIZE; n -= WSIZE)
			*dw++ = *sw++;
		d = (unsigned char *)dw;
		s = (const unsigned char *)sw;
	}
	while (n--)
		*d++ = *s++;
	return dst;
}

NO_IDIOM void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	bool words = (((uintptr_t)d ^ (uintptr_t)s) & WMASK) == 0;

	if (d == s || n == 0)
		return dst;
	if (d < s || d >= s + n) {
		/* Forward: a write never lands on a byte not yet read. */
		if (words && n >= 2 * WSIZE) {
			word_t *dw;
			const word_t *sw;

			for (; (uintptr_t)d & WMASK; n--)
				*d++ = *s++;
			dw = (word_t *)d;
			sw = (const word_t *)s;
			for (; n >= WSIZE; n -= WSIZE)
				*dw++ = *sw++;
			d = (unsigned char *)dw;
			s = (const unsigned char *)sw;
		}
		while (n--)
			*d++ = *s++;
	} else {
		/*
		 * Backward, from the end, for a destination above the source.
		 */
		d += n;
		s += n;
		if (words && n >= 2 * WSIZE) {
			word_t *dw;
			const word_t *sw;

			for (; (uintptr_t)d & WMASK; n--)
				*--d = *--s;
			dw = (word_t *)d;
			sw = (const word_t *)s;
			for (; n >= WSIZE; n -= WSIZE)
				*--dw = *--sw;
			d = (unsigned char *)dw;
			s = (const unsigned char *)sw;
		}
		while (n--)
			*--d = *--s;
	}
	return dst;
}

NO_IDIOM void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	unsigned char b = (unsigned char)c;

	if (n >= 2 * WSIZE) {
		word_t w = (word_t)-1 / 0xff * b; /* b in every byte */
		word_t *dw;

		for (; (uintptr_t)d & WMASK; n--)
			*d++ = b;
		dw = (word_t *)d;
		for (; n >= 4 * WSIZE; n -= 4 * WSIZE, dw += 4) {
			dw[0] = w;
			dw[1] = w;
			dw[2] = w;
			dw[3] = w;
		}
		for (; n >= WSIZE; n -= WSIZE)
			*dw++ = w;
		d = (unsigned char *)dw;
	}
	while (n--)
		*d++ = b;
	return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	for (; n; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}

void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n; n--, p++)
		if (*p == (unsigned char)c)
			return (void *)p;
	return NULL;
}
