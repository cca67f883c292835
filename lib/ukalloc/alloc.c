/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The front door of every allocator: argument checks, the generic realloc
 * and calloc, and the usage counters, kept here once instead of in each
 * implementation. Also the default allocator pointer.
 */
#include <string.h>
#include <uk/alloc.h>

static struct uk_alloc *default_alloc;

struct uk_alloc *uk_alloc_get_default(void)
{
	return default_alloc;
}

void uk_alloc_set_default(struct uk_alloc *a)
{
	default_alloc = a;
}

static void count_alloc(struct uk_alloc *a, size_t bytes)
{
	if (!IS_ENABLED(CONFIG_LIBUKALLOC_STATS))
		return;
	a->stats.allocs++;
	a->stats.cur_bytes += bytes;
	if (a->stats.cur_bytes > a->stats.peak_bytes)
		a->stats.peak_bytes = a->stats.cur_bytes;
}

static void count_free(struct uk_alloc *a, size_t bytes)
{
	if (!IS_ENABLED(CONFIG_LIBUKALLOC_STATS))
		return;
	a->stats.frees++;
	a->stats.cur_bytes -= bytes;
}

/*
 * The allocator's own lock, when it has one: implementations and counters
 * are not reentrant, and threads may be preempted anywhere.
 */
static unsigned long lock(struct uk_alloc *a)
{
	return a->lock ? a->lock(a) : 0;
}

static void unlock(struct uk_alloc *a, unsigned long state)
{
	if (a->unlock)
		a->unlock(a, state);
}

/* Pass @p through, counting a failure when it is NULL. */
static void *count_result(struct uk_alloc *a, void *p)
{
	if (IS_ENABLED(CONFIG_LIBUKALLOC_STATS) && !p)
		a->stats.failed++;
	return p;
}

static size_t block_bytes(struct uk_alloc *a, void *p)
{
	if (!IS_ENABLED(CONFIG_LIBUKALLOC_STATS) || !a->usable_size)
		return 0;
	return a->usable_size(a, p);
}

void *uk_malloc(struct uk_alloc *a, size_t size)
{
	unsigned long state = lock(a);
	void *p = a->malloc(a, size);

	if (p)
		count_alloc(a, block_bytes(a, p));
	p = count_result(a, p);
	unlock(a, state);
	return p;
}

void *uk_calloc(struct uk_alloc *a, size_t n, size_t size)
{
	void *p;

	if (size && n > SIZE_MAX / size)
		return count_result(a, NULL);
	p = uk_malloc(a, n * size);
	if (p)
		memset(p, 0, n * size);
	return p;
}

void *uk_memalign(struct uk_alloc *a, size_t align, size_t size)
{
	unsigned long state = lock(a);
	void *p = NULL;

	if (align && !(align & (align - 1)))
		p = a->memalign(a, align, size);
	if (p)
		count_alloc(a, block_bytes(a, p));
	p = count_result(a, p);
	unlock(a, state);
	return p;
}

void uk_free(struct uk_alloc *a, void *p)
{
	unsigned long state;

	if (!p)
		return;
	state = lock(a);
	count_free(a, block_bytes(a, p));
	a->free(a, p);
	unlock(a, state);
}

/* realloc for implementations without one: allocate, copy, free. */
static void *generic_realloc(struct uk_alloc *a, void *p, size_t size)
{
	size_t old = a->usable_size(a, p);
	void *q = a->malloc(a, size);

	if (q) {
		memcpy(q, p, old < size ? old : size);
		a->free(a, p);
	}
	return q;
}

void *uk_realloc(struct uk_alloc *a, void *p, size_t size)
{
	unsigned long state;
	size_t old;
	void *q;

	if (!p)
		return uk_malloc(a, size);
	if (size == 0) {
		uk_free(a, p);
		return NULL;
	}
	state = lock(a);
	old = block_bytes(a, p);
	q = a->realloc ? a->realloc(a, p, size) : generic_realloc(a, p, size);
	if (q && IS_ENABLED(CONFIG_LIBUKALLOC_STATS)) {
		/*
		 * A resize is neither an allocation nor a free:
		 * only bytes move.
		 */
		a->stats.cur_bytes += block_bytes(a, q) - old;
		if (a->stats.cur_bytes > a->stats.peak_bytes)
			a->stats.peak_bytes = a->stats.cur_bytes;
	}
	q = count_result(a, q);
	unlock(a, state);
	return q;
}

void *uk_palloc(struct uk_alloc *a, size_t npages)
{
	unsigned long state;
	void *p;

	if (!npages) /* nothing asked, nothing failed */
		return NULL;
	state = lock(a);
	p = a->palloc(a, npages);
	if (p)
		count_alloc(a, npages * UK_ALLOC_PAGE_SIZE);
	p = count_result(a, p);
	unlock(a, state);
	return p;
}

void uk_pfree(struct uk_alloc *a, void *p, size_t npages)
{
	unsigned long state;

	if (!p || !npages)
		return;
	state = lock(a);
	count_free(a, npages * UK_ALLOC_PAGE_SIZE);
	a->pfree(a, p, npages);
	unlock(a, state);
}

size_t uk_alloc_totalmem(struct uk_alloc *a)
{
	return a->totalmem(a);
}

size_t uk_alloc_availmem(struct uk_alloc *a)
{
	unsigned long state = lock(a);
	size_t n = a->availmem(a);

	unlock(a, state);
	return n;
}
