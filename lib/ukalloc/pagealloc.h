/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukalloc: the page allocator. Each RAM region carries its own
 * descriptor and a bitmap (one bit per page, set = in use) in its first
 * pages, so the amount of RAM has no static limit. A run of pages is found
 * first-fit, word by word; freeing touches only the run's bits. No
 * platform calls, so the host tests build it as it is.
 */
#ifndef UK_ALLOC_PAGEALLOC_H
#define UK_ALLOC_PAGEALLOC_H

#include <uk/essentials.h>

struct uk_pagealloc_region;

struct uk_pagealloc {
	struct uk_pagealloc_region *regions; /* list, in order added */
	size_t total_pages; /* pages handed out or free, bitmaps excluded */
	size_t free_pages;
	int nregions;
};

/* Start an empty page allocator. */
void uk_pagealloc_init(struct uk_pagealloc *pa);

/*
 * Manage the RAM [base, base + len): the range is shrunk to whole pages,
 * its first pages hold the bitmap. Return 0, or -1 when too small to hold
 * a single allocatable page.
 */
int uk_pagealloc_add_region(struct uk_pagealloc *pa, uintptr_t base,
			    size_t len);

/* Allocate @npages contiguous pages; NULL when no run is that long. */
void *uk_pagealloc_alloc(struct uk_pagealloc *pa, size_t npages);

/*
 * Free @npages pages at @p. A pointer outside every region, a misaligned
 * one, or a page already free crashes the guest (UK_CRASH).
 */
void uk_pagealloc_free(struct uk_pagealloc *pa, void *p, size_t npages);

/*
 * Call @fn for every run of pages in use, region by region, lowest
 * address first.
 */
void uk_pagealloc_used(const struct uk_pagealloc *pa,
		       void (*fn)(void *arg, uintptr_t base, size_t len),
		       void *arg);

#endif /* UK_ALLOC_PAGEALLOC_H */
