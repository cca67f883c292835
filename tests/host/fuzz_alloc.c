/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * libFuzzer target: the allocator driven by a byte program of
 * malloc/calloc/memalign/realloc/free/palloc/pfree operations over two
 * small regions, checked against a shadow table. Every live block is
 * filled with its own byte, so any overlap or stray write shows up as a
 * changed pattern; at the end all is freed and the heap must have merged
 * back into one free block per arena with the counters at zero.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "alloc_std.h"

#define SLOTS 32
#define PAGE  4096UL

/*
 * Every byte handed out is filled and checked, so the regions' size sets
 * the cost of the inputs that fill them. At 256 and 300 KiB they still
 * take several default arenas, arenas for blocks above UK_HEAP_GROW and
 * page runs, and region_b's bitmap spans two words.
 */
static unsigned char region_a[256 * 1024] __attribute__((aligned(4096)));
static unsigned char region_b[300 * 1024 + 100];

struct slot {
	unsigned char *p;
	size_t n;
	size_t pages; /* nonzero: a page run from palloc */
	unsigned char tag;
};

/*
 * All @n bytes at @p equal @c. Each byte equals the next one is a single
 * memcmp, which the coverage instrumentation does not trace byte by byte.
 */
static bool all_bytes(const unsigned char *p, size_t n, unsigned char c)
{
	return n == 0 || (p[0] == c && memcmp(p, p + 1, n - 1) == 0);
}

static void check_pattern(const struct slot *s, size_t n)
{
	if (!all_bytes(s->p, n, s->tag))
		abort();
}

static void release(struct uk_alloc *a, struct slot *s)
{
	check_pattern(s, s->n);
	if (s->pages)
		uk_pfree(a, s->p, s->pages);
	else
		uk_free(a, s->p);
	s->p = NULL;
	s->pages = 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct uk_alloc_std std;
	struct uk_alloc *a = uk_alloc_std_init(&std);
	struct slot slots[SLOTS];

	memset(slots, 0, sizeof(slots));
	uk_alloc_std_add_region(&std, (uintptr_t)region_a, sizeof(region_a));
	uk_alloc_std_add_region(&std, (uintptr_t)region_b + 3,
				sizeof(region_b) - 3);

	for (size_t i = 0; i + 4 <= size; i += 4) {
		unsigned int op = data[i] % 8;
		struct slot *s = &slots[data[i + 1] % SLOTS];
		size_t n = (size_t)data[i + 2] | (size_t)data[i + 3] << 8;
		unsigned char tag = (unsigned char)(data[i] ^ data[i + 3]);
		size_t keep = 0; /* leading bytes that already hold the tag */
		void *q;

		/*
		 * Bits 3-6 of the op byte shift the size down: small sizes
		 * (0 among them, with any alignment) come often, and cost
		 * little to fill and check. Shift 0 keeps every 16-bit size;
		 * the top bit asks for big ones.
		 */
		n >>= (data[i] >> 3) & 15;
		if (data[i] & 0x80)
			n *= 8;
		if (s->p && op != 5) {
			release(a, s);
			continue;
		}
		switch (op) {
		case 0:
		case 1:
			s->p = uk_malloc(a, n);
			break;
		case 2:
			s->p = uk_calloc(a, n, 1);
			if (s->p && !all_bytes(s->p, n, 0))
				abort();
			break;
		case 3: {
			size_t align = (size_t)1 << (data[i + 3] % 14);

			s->p = uk_memalign(a, align, n);
			if (s->p && (uintptr_t)s->p % align)
				abort();
			break;
		}
		case 4:
			s->pages = 1 + n % 20;
			s->p = uk_palloc(a, s->pages);
			if (s->p && (uintptr_t)s->p % PAGE)
				abort();
			n = s->p ? s->pages * PAGE : 0;
			if (!s->p)
				s->pages = 0;
			break;
		case 5: /* realloc, of a live block or NULL */
			if (s->pages)
				continue;
			q = uk_realloc(a, s->p, n);
			if (!q && n)
				continue; /* failure leaves the block as it was */
			if (q && s->p) {
				/* The kept bytes moved with their old tag. */
				keep = MIN(s->n, n);
				tag = s->tag;
				check_pattern(&(struct slot){ q, 0, 0, tag },
					      keep);
			}
			s->p = q;
			break;
		default:
			continue;
		}
		if (s->p && (uintptr_t)s->p % 16)
			abort();
		if (s->p) {
			s->n = n;
			s->tag = tag;
			memset(s->p + keep, tag, n - keep);
		}
	}
	for (int k = 0; k < SLOTS; k++)
		if (slots[k].p)
			release(a, &slots[k]);

	if (std.heap.free_bytes !=
	    std.heap.arena_pages * PAGE - (size_t)std.heap.narenas * 32)
		abort(); /* a free block was not merged back */
	if (std.pa.free_pages + std.heap.arena_pages != std.pa.total_pages)
		abort(); /* pages leaked */
	if (a->stats.cur_bytes != 0 || a->stats.allocs != a->stats.frees)
		abort();
	return 0;
}
