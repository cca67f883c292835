/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukalloc: the heap. Blocks with boundary tags live in arenas,
 * page runs of at least UK_HEAP_GROW bytes taken from the page allocator.
 * Free blocks sit in size-class lists and are merged with free neighbours
 * at once, so no two free blocks are ever adjacent. An arena that becomes
 * entirely free goes back to the page allocator, except the last one.
 * No platform calls, so the host tests build it as it is.
 */
#ifndef UK_ALLOC_HEAP_H
#define UK_ALLOC_HEAP_H

#include <uk/essentials.h>
#include "pagealloc.h"

/* Smallest arena the heap takes from the page allocator. */
#define UK_HEAP_GROW (64 * 1024)

/* Size classes: class i holds free blocks of [2^(i+4), 2^(i+5)) bytes. */
#define UK_HEAP_CLASSES 60

struct uk_heap_free;
struct uk_heap_arena;

struct uk_heap {
	struct uk_pagealloc *pa;
	struct uk_heap_arena *arenas;
	struct uk_heap_free *classes[UK_HEAP_CLASSES];
	size_t free_bytes;  /* sum of the free blocks' sizes */
	size_t arena_pages; /* pages held in arenas */
	int narenas;
};

/* Start an empty heap that takes its arenas from @pa. */
void uk_heap_init(struct uk_heap *h, struct uk_pagealloc *pa);

/* Allocate @size bytes aligned to 16; NULL when out of memory. */
void *uk_heap_malloc(struct uk_heap *h, size_t size);

/* Allocate @size bytes aligned to @align (a power of two), or NULL. */
void *uk_heap_memalign(struct uk_heap *h, size_t align, size_t size);

/*
 * Resize the block @p (not NULL) to @size (> 0) bytes, in place when the
 * block or its free neighbour allows, else by moving; NULL on failure with
 * @p untouched.
 */
void *uk_heap_realloc(struct uk_heap *h, void *p, size_t size);

/*
 * Free the block @p (not NULL). A double free or a damaged header crashes
 * the guest (UK_CRASH) rather than corrupt the heap further.
 */
void uk_heap_free(struct uk_heap *h, void *p);

/* Bytes usable in the live block @p. */
size_t uk_heap_usable_size(struct uk_heap *h, void *p);

#endif /* UK_ALLOC_HEAP_H */
