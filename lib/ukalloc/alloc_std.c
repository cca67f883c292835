/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The standard allocator (see alloc_std.h): the struct uk_alloc operations
 * forward to the heap for blocks and to the page allocator for page runs.
 */
#include "alloc_std.h"

#define PAGE_SIZE 4096UL

static struct uk_alloc_std *to_std(struct uk_alloc *a)
{
	return containerof(a, struct uk_alloc_std, a);
}

static void *std_malloc(struct uk_alloc *a, size_t size)
{
	return uk_heap_malloc(&to_std(a)->heap, size);
}

static void *std_memalign(struct uk_alloc *a, size_t align, size_t size)
{
	return uk_heap_memalign(&to_std(a)->heap, align, size);
}

static void *std_realloc(struct uk_alloc *a, void *p, size_t size)
{
	return uk_heap_realloc(&to_std(a)->heap, p, size);
}

static void std_free(struct uk_alloc *a, void *p)
{
	uk_heap_free(&to_std(a)->heap, p);
}

static size_t std_usable_size(struct uk_alloc *a, void *p)
{
	return uk_heap_usable_size(&to_std(a)->heap, p);
}

static void *std_palloc(struct uk_alloc *a, size_t npages)
{
	return uk_pagealloc_alloc(&to_std(a)->pa, npages);
}

static void std_pfree(struct uk_alloc *a, void *p, size_t npages)
{
	uk_pagealloc_free(&to_std(a)->pa, p, npages);
}

static size_t std_totalmem(struct uk_alloc *a)
{
	return to_std(a)->pa.total_pages * PAGE_SIZE;
}

static size_t std_availmem(struct uk_alloc *a)
{
	struct uk_alloc_std *s = to_std(a);

	return s->pa.free_pages * PAGE_SIZE + s->heap.free_bytes;
}

struct uk_alloc *uk_alloc_std_init(struct uk_alloc_std *s)
{
	s->a = (struct uk_alloc){
		.malloc = std_malloc,
		.memalign = std_memalign,
		.realloc = std_realloc,
		.free = std_free,
		.usable_size = std_usable_size,
		.palloc = std_palloc,
		.pfree = std_pfree,
		.totalmem = std_totalmem,
		.availmem = std_availmem,
	};
	uk_pagealloc_init(&s->pa);
	uk_heap_init(&s->heap, &s->pa);
	return &s->a;
}

int uk_alloc_std_add_region(struct uk_alloc_std *s, uintptr_t base, size_t len)
{
	return uk_pagealloc_add_region(&s->pa, base, len);
}
