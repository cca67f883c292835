/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The allocator interface: a struct uk_alloc is a table of operations
 * (heap blocks and page runs) plus usage counters, and the uk_* functions
 * below are the front door every caller goes through, so the counters stay
 * right whatever implementation sits behind. ukboot builds the default
 * allocator from the platform memory map with uk_alloc_init_default();
 * nolibc's malloc family uses it. Allocators take no lock: do not call
 * them from interrupt handlers.
 */
#ifndef UK_ALLOC_H
#define UK_ALLOC_H

#include <uk/essentials.h>

/* The allocators' page: the smallest granule of uk_palloc(). */
#define UK_ALLOC_PAGE_SHIFT 12
#define UK_ALLOC_PAGE_SIZE  (1UL << UK_ALLOC_PAGE_SHIFT)

/* Usage counters (kept when CONFIG_LIBUKALLOC_STATS is set). */
struct uk_alloc_stats {
	uint64_t allocs;   /* successful allocations (blocks and page runs) */
	uint64_t frees;	   /* blocks and page runs given back */
	uint64_t failed;   /* requests answered with NULL */
	size_t cur_bytes;  /* bytes handed out and not yet freed */
	size_t peak_bytes; /* highest cur_bytes so far */
};

/*
 * An allocator. Implementations fill in the operations; callers use the
 * uk_* functions instead of calling them. @realloc may be NULL: the front
 * door then allocates, copies @usable_size bytes and frees. @usable_size
 * returns the bytes usable in a live block (at least what was asked).
 */
struct uk_alloc {
	void *(*malloc)(struct uk_alloc *a, size_t size);
	void *(*memalign)(struct uk_alloc *a, size_t align, size_t size);
	void *(*realloc)(struct uk_alloc *a, void *ptr, size_t size);
	void (*free)(struct uk_alloc *a, void *ptr);
	size_t (*usable_size)(struct uk_alloc *a, void *ptr);
	void *(*palloc)(struct uk_alloc *a, size_t npages);
	void (*pfree)(struct uk_alloc *a, void *ptr, size_t npages);
	size_t (*totalmem)(struct uk_alloc *a);
	size_t (*availmem)(struct uk_alloc *a);
	/* Optional (NULL: none): taken around every call above. */
	unsigned long (*lock)(struct uk_alloc *a);
	void (*unlock)(struct uk_alloc *a, unsigned long state);
	struct uk_alloc_stats stats;
};

/* Allocate @size bytes aligned to 16 from @a; NULL when out of memory. */
void *uk_malloc(struct uk_alloc *a, size_t size);

/* Allocate @n * @size zeroed bytes; NULL on overflow or out of memory. */
void *uk_calloc(struct uk_alloc *a, size_t n, size_t size);

/*
 * Resize @ptr to @size bytes, moving it if needed; uk_malloc() for
 * @ptr == NULL, uk_free() and NULL for @size == 0. On failure return NULL
 * and leave @ptr as it was.
 */
void *uk_realloc(struct uk_alloc *a, void *ptr, size_t size);

/*
 * Allocate @size bytes aligned to @align, a power of two; NULL when out of
 * memory or @align is not a power of two. Free with uk_free().
 */
void *uk_memalign(struct uk_alloc *a, size_t align, size_t size);

/*
 * Give back a block from uk_malloc/uk_calloc/uk_realloc/uk_memalign.
 * NULL is ignored; a double free or a damaged block header crashes the
 * guest with a message (UK_CRASH).
 */
void uk_free(struct uk_alloc *a, void *ptr);

/* Allocate @npages contiguous pages, page aligned; NULL when none. */
void *uk_palloc(struct uk_alloc *a, size_t npages);

/* Give back @npages pages at @ptr, as returned by uk_palloc(). */
void uk_pfree(struct uk_alloc *a, void *ptr, size_t npages);

/* Bytes of memory @a manages (its own bookkeeping excluded). */
size_t uk_alloc_totalmem(struct uk_alloc *a);

/* Bytes still available in @a: free pages plus free heap space. */
size_t uk_alloc_availmem(struct uk_alloc *a);

/* The default allocator, or NULL before uk_alloc_init_default(). */
struct uk_alloc *uk_alloc_get_default(void);

/* Make @a the default allocator (tests, or a platform with its own). */
void uk_alloc_set_default(struct uk_alloc *a);

/*
 * Build the default allocator (page allocator + heap) over the free RAM
 * regions of the platform memory map and make it the default. Return 0,
 * -ENOMEM when no region is usable, or -EBUSY when called twice.
 */
int uk_alloc_init_default(void);

/*
 * Call @fn for every run of pages the default allocator has handed out
 * (heap arenas and page runs), lowest address first; nothing before
 * uk_alloc_init_default(). Call with interrupts masked: for crash dumps.
 */
void uk_alloc_default_used(void (*fn)(void *arg, uintptr_t base, size_t len),
			   void *arg);

#endif /* UK_ALLOC_H */
