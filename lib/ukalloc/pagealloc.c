/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The bitmap page allocator (see pagealloc.h). A region starts with its
 * descriptor and bitmap; the pages after them are the managed ones. Each
 * region remembers a hint below which no page is free, so allocation from
 * a mostly full region does not rescan the full part every time.
 */
#include <uk/assert.h>
#include "pagealloc.h"

#define PAGE_SIZE 4096UL
#define BITS	  (8 * sizeof(unsigned long))

struct uk_pagealloc_region {
	struct uk_pagealloc_region *next;
	uintptr_t start; /* address of managed page 0 */
	size_t npages;
	size_t nfree;
	size_t hint;		/* no free page below this index */
	unsigned long bitmap[]; /* bit i set: page i in use */
};

void uk_pagealloc_init(struct uk_pagealloc *pa)
{
	pa->regions = NULL;
	pa->total_pages = 0;
	pa->free_pages = 0;
	pa->nregions = 0;
}

static bool bit_test(const struct uk_pagealloc_region *r, size_t i)
{
	return (r->bitmap[i / BITS] >> (i % BITS)) & 1;
}

/* First index >= @i whose bit equals @val, or r->npages if none. */
static size_t find_bit(const struct uk_pagealloc_region *r, size_t i, bool val)
{
	while (i < r->npages) {
		unsigned long w = r->bitmap[i / BITS];

		/* A word that is all the other value is skipped whole. */
		if (i % BITS == 0 && w == (val ? 0UL : ~0UL)) {
			i += BITS;
			continue;
		}
		if (bit_test(r, i) == val)
			return i;
		i++;
	}
	return r->npages;
}

/* Set (@val) or clear the bits [@i, @i + @n). */
static void set_range(struct uk_pagealloc_region *r, size_t i, size_t n,
		      bool val)
{
	while (n) {
		size_t off = i % BITS;
		size_t k = MIN(n, BITS - off);
		unsigned long mask =
		    (k == BITS) ? ~0UL : ((1UL << k) - 1) << off;

		if (val)
			r->bitmap[i / BITS] |= mask;
		else
			r->bitmap[i / BITS] &= ~mask;
		i += k;
		n -= k;
	}
}

/* Whether all bits [@i, @i + @n) are set. */
static bool range_used(const struct uk_pagealloc_region *r, size_t i, size_t n)
{
	return find_bit(r, i, false) >= i + n;
}

int uk_pagealloc_add_region(struct uk_pagealloc *pa, uintptr_t base, size_t len)
{
	struct uk_pagealloc_region *r, **tail;
	uintptr_t start, end;
	size_t pages, meta, meta_pages;

	if (base + len < base) /* wraps: clip at the top */
		len = UINTPTR_MAX - base;
	start = ALIGN_UP(base, PAGE_SIZE);
	end = ALIGN_DOWN(base + len, PAGE_SIZE);
	/* Never manage page 0: a region at address 0 would look like NULL. */
	if (start == 0)
		start = PAGE_SIZE;
	if (end <= start)
		return -1;
	pages = (end - start) / PAGE_SIZE;

	/* Sized for all pages: at most one page more than strictly needed. */
	meta = sizeof(*r) + ALIGN_UP(pages, BITS) / 8;
	meta_pages = ALIGN_UP(meta, PAGE_SIZE) / PAGE_SIZE;
	if (pages <= meta_pages)
		return -1;

	r = (struct uk_pagealloc_region *)start;
	r->next = NULL;
	r->start = start + meta_pages * PAGE_SIZE;
	r->npages = pages - meta_pages;
	r->nfree = r->npages;
	r->hint = 0;
	for (size_t i = 0; i < ALIGN_UP(r->npages, BITS) / BITS; i++)
		r->bitmap[i] = 0;

	for (tail = &pa->regions; *tail; tail = &(*tail)->next)
		;
	*tail = r;
	pa->total_pages += r->npages;
	pa->free_pages += r->npages;
	pa->nregions++;
	return 0;
}

static void *region_alloc(struct uk_pagealloc_region *r, size_t n)
{
	size_t first = find_bit(r, r->hint, false);
	size_t i = first, j;

	while (i < r->npages && n <= r->npages - i) {
		j = find_bit(r, i, true);
		if (j - i >= n) {
			set_range(r, i, n, true);
			r->nfree -= n;
			if (i == first)
				r->hint = i + n;
			else
				r->hint = first;
			return (void *)(r->start + i * PAGE_SIZE);
		}
		i = find_bit(r, j, false);
	}
	return NULL;
}

void *uk_pagealloc_alloc(struct uk_pagealloc *pa, size_t npages)
{
	struct uk_pagealloc_region *r;
	void *p;

	if (npages == 0 || npages > pa->free_pages)
		return NULL;
	for (r = pa->regions; r; r = r->next) {
		if (r->nfree < npages)
			continue;
		p = region_alloc(r, npages);
		if (p) {
			pa->free_pages -= npages;
			return p;
		}
	}
	return NULL;
}

void uk_pagealloc_free(struct uk_pagealloc *pa, void *p, size_t npages)
{
	struct uk_pagealloc_region *r;
	uintptr_t a = (uintptr_t)p;
	size_t i;

	if (npages == 0)
		return;
	for (r = pa->regions; r; r = r->next)
		if (a >= r->start && a < r->start + r->npages * PAGE_SIZE)
			break;
	if (!r || a % PAGE_SIZE)
		UK_CRASH("pfree: %p is not a page of this allocator", p);
	i = (a - r->start) / PAGE_SIZE;
	if (npages > r->npages - i)
		UK_CRASH("pfree: %zu pages at %p run past the region", npages,
			 p);
	if (!range_used(r, i, npages))
		UK_CRASH("pfree: double free of pages at %p (%zu pages)", p,
			 npages);
	set_range(r, i, npages, false);
	r->nfree += npages;
	pa->free_pages += npages;
	if (i < r->hint)
		r->hint = i;
}

void uk_pagealloc_used(const struct uk_pagealloc *pa,
		       void (*fn)(void *arg, uintptr_t base, size_t len),
		       void *arg)
{
	for (const struct uk_pagealloc_region *r = pa->regions; r;
	     r = r->next) {
		size_t i = find_bit(r, 0, true);

		while (i < r->npages) {
			size_t end = find_bit(r, i, false);

			fn(arg, r->start + i * PAGE_SIZE,
			   (end - i) * PAGE_SIZE);
			i = find_bit(r, end, true);
		}
	}
}
