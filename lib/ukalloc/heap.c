/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The heap (see heap.h). Every block starts with a 16-byte header: a magic
 * number that tells used from free (and catches double frees and stray
 * pointers cheaply), flags and the block size. A free block also holds its
 * list links and repeats its size in its last word, the footer, so the
 * block after it can find its start when merging. An arena is
 *
 *   [arena header 16][block][block]...[end marker 16]
 *
 * and the end marker, a permanently used header of size 16, stops merging
 * at the arena's end as the FIRST flag does at its start.
 */
#include <string.h>
#include <uk/assert.h>
#include "heap.h"

#define PAGE_SIZE 4096UL
#define ALIGN	  16UL
#define HDR	  16UL

#define MAGIC_USED 0xa110c8edu
#define MAGIC_FREE 0xf4eeb10cu
#define MAGIC_END  0xe4dde4ddu

#define FLAG_PREV_FREE 0x1u /* the block before is free: footer valid */
#define FLAG_FIRST     0x2u /* first block of its arena */

struct uk_heap_blk {
	uint32_t magic;
	uint32_t flags;
	size_t size; /* whole block, header included */
};

struct uk_heap_free {
	struct uk_heap_blk hdr;
	struct uk_heap_free *next;
	struct uk_heap_free *prev;
};

struct uk_heap_arena {
	struct uk_heap_arena *next;
	size_t npages;
};

_Static_assert(sizeof(struct uk_heap_blk) == HDR, "block header size");
_Static_assert(sizeof(struct uk_heap_arena) == HDR, "arena header size");

/* Header, links and footer must fit in a free block. */
#define MIN_BLOCK ALIGN_UP(sizeof(struct uk_heap_free) + sizeof(size_t), ALIGN)

/* Requests above this cannot be rounded without overflowing. */
#define MAX_REQUEST (SIZE_MAX / 2)

void uk_heap_init(struct uk_heap *h, struct uk_pagealloc *pa)
{
	h->pa = pa;
	h->arenas = NULL;
	for (int i = 0; i < UK_HEAP_CLASSES; i++)
		h->classes[i] = NULL;
	h->free_bytes = 0;
	h->arena_pages = 0;
	h->narenas = 0;
}

static struct uk_heap_blk *blk_next(struct uk_heap_blk *b)
{
	return (struct uk_heap_blk *)((char *)b + b->size);
}

static size_t *blk_footer(struct uk_heap_blk *b)
{
	return (size_t *)((char *)b + b->size - sizeof(size_t));
}

static int size_class(size_t size)
{
	int c = (int)(8 * sizeof(long)) - 1 - __builtin_clzl(size) - 4;

	return c < UK_HEAP_CLASSES ? c : UK_HEAP_CLASSES - 1;
}

/* Block size for a request of @size bytes. */
static size_t block_size(size_t size)
{
	size_t need = ALIGN_UP(size + HDR, ALIGN);

	return need < MIN_BLOCK ? MIN_BLOCK : need;
}

static void list_remove(struct uk_heap *h, struct uk_heap_free *f)
{
	if (f->prev)
		f->prev->next = f->next;
	else
		h->classes[size_class(f->hdr.size)] = f->next;
	if (f->next)
		f->next->prev = f->prev;
	h->free_bytes -= f->hdr.size;
}

/* Mark @b free, file it in its class and tell the next block. */
static void list_insert(struct uk_heap *h, struct uk_heap_blk *b)
{
	struct uk_heap_free *f = (struct uk_heap_free *)b;
	struct uk_heap_free **head = &h->classes[size_class(b->size)];

	b->magic = MAGIC_FREE;
	*blk_footer(b) = b->size;
	blk_next(b)->flags |= FLAG_PREV_FREE;
	f->prev = NULL;
	f->next = *head;
	if (*head)
		(*head)->prev = f;
	*head = f;
	h->free_bytes += b->size;
}

/* Take the free block @f off its list and mark it used. */
static struct uk_heap_blk *take(struct uk_heap *h, struct uk_heap_free *f)
{
	list_remove(h, f);
	f->hdr.magic = MAGIC_USED;
	blk_next(&f->hdr)->flags &= ~FLAG_PREV_FREE;
	return &f->hdr;
}

static void check_neighbour(struct uk_heap_blk *b)
{
	if (b->magic != MAGIC_USED && b->magic != MAGIC_FREE &&
	    b->magic != MAGIC_END)
		UK_CRASH("heap: block header at %p is corrupt", (void *)b);
}

/* Give the arena holding only the free block @b back to the pages. */
static void release_arena(struct uk_heap *h, struct uk_heap_blk *b)
{
	struct uk_heap_arena *ar = (struct uk_heap_arena *)((char *)b - HDR);
	struct uk_heap_arena **pp;

	for (pp = &h->arenas; *pp != ar; pp = &(*pp)->next)
		;
	*pp = ar->next;
	list_remove(h, (struct uk_heap_free *)b);
	h->arena_pages -= ar->npages;
	h->narenas--;
	uk_pagealloc_free(h->pa, ar, ar->npages);
}

/*
 * Free the used block @b: merge it with free neighbours, file the result,
 * and release its arena when nothing else is left in it.
 */
static void free_block(struct uk_heap *h, struct uk_heap_blk *b)
{
	struct uk_heap_blk *next = blk_next(b);

	check_neighbour(next);
	if (next->magic == MAGIC_FREE) {
		list_remove(h, (struct uk_heap_free *)next);
		b->size += next->size;
	}
	if (b->flags & FLAG_PREV_FREE) {
		size_t psize = *(size_t *)((char *)b - sizeof(size_t));
		struct uk_heap_blk *prev =
		    (struct uk_heap_blk *)((char *)b - psize);

		if (psize < MIN_BLOCK || psize % ALIGN ||
		    prev->magic != MAGIC_FREE)
			UK_CRASH("heap: block before %p is corrupt", (void *)b);
		list_remove(h, (struct uk_heap_free *)prev);
		prev->size += b->size;
		b = prev;
	}
	list_insert(h, b);
	if ((b->flags & FLAG_FIRST) && blk_next(b)->magic == MAGIC_END &&
	    h->narenas > 1)
		release_arena(h, b);
}

/* Cut @b (used) down to @size bytes, freeing the tail if worth a block. */
static void trim(struct uk_heap *h, struct uk_heap_blk *b, size_t size)
{
	struct uk_heap_blk *tail;

	if (b->size - size < MIN_BLOCK)
		return;
	tail = (struct uk_heap_blk *)((char *)b + size);
	tail->magic = MAGIC_USED;
	tail->flags = 0;
	tail->size = b->size - size;
	b->size = size;
	free_block(h, tail);
}

static struct uk_heap_free *find_fit(struct uk_heap *h, size_t size)
{
	int c = size_class(size);
	struct uk_heap_free *f;

	/* In the request's own class, blocks may be too small: look. */
	for (f = h->classes[c]; f; f = f->next)
		if (f->hdr.size >= size)
			return f;
	/* In any larger class, every block is big enough. */
	for (c++; c < UK_HEAP_CLASSES; c++)
		if (h->classes[c])
			return h->classes[c];
	return NULL;
}

/* Add an arena with room for a block of @size bytes; false if no pages. */
static bool grow(struct uk_heap *h, size_t size)
{
	size_t need = ALIGN_UP(size + 2 * HDR, PAGE_SIZE) / PAGE_SIZE;
	size_t npages = MAX(need, UK_HEAP_GROW / PAGE_SIZE);
	struct uk_heap_arena *ar;
	struct uk_heap_blk *b, *end;

	ar = uk_pagealloc_alloc(h->pa, npages);
	if (!ar && npages > need) {
		/* Memory is tight: settle for just what this request needs. */
		npages = need;
		ar = uk_pagealloc_alloc(h->pa, npages);
	}
	if (!ar)
		return false;

	ar->npages = npages;
	ar->next = h->arenas;
	h->arenas = ar;
	h->arena_pages += npages;
	h->narenas++;

	b = (struct uk_heap_blk *)((char *)ar + HDR);
	b->flags = FLAG_FIRST;
	b->size = npages * PAGE_SIZE - 2 * HDR;
	end = blk_next(b);
	end->magic = MAGIC_END;
	end->flags = 0;
	end->size = HDR;
	list_insert(h, b);
	return true;
}

void *uk_heap_malloc(struct uk_heap *h, size_t size)
{
	struct uk_heap_free *f;
	struct uk_heap_blk *b;
	size_t bsize;

	if (size > MAX_REQUEST)
		return NULL;
	bsize = block_size(size);
	f = find_fit(h, bsize);
	if (!f) {
		if (!grow(h, bsize))
			return NULL;
		f = find_fit(h, bsize);
	}
	b = take(h, f);
	trim(h, b, bsize);
	return (char *)b + HDR;
}

/* The header of the live block @p, after checking that it is one. */
static struct uk_heap_blk *live_block(void *p)
{
	struct uk_heap_blk *b = (struct uk_heap_blk *)((char *)p - HDR);

	if ((uintptr_t)p % ALIGN)
		UK_CRASH("heap: %p was not returned by malloc", p);
	if (b->magic == MAGIC_FREE)
		UK_CRASH("heap: double free of %p", p);
	if (b->magic != MAGIC_USED || b->size < MIN_BLOCK || b->size % ALIGN)
		UK_CRASH("heap: header of block %p is corrupt", p);
	return b;
}

void uk_heap_free(struct uk_heap *h, void *p)
{
	free_block(h, live_block(p));
}

size_t uk_heap_usable_size(struct uk_heap *h __unused, void *p)
{
	return live_block(p)->size - HDR;
}

void *uk_heap_memalign(struct uk_heap *h, size_t align, size_t size)
{
	struct uk_heap_blk *b, *ab;
	uintptr_t p, a;

	if (align == 0 || (align & (align - 1)))
		return NULL;
	if (align <= ALIGN)
		return uk_heap_malloc(h, size);
	if (size > MAX_REQUEST || align > MAX_REQUEST - size)
		return NULL;

	/*
	 * Over-allocate, then cut a free block off the front so that the
	 * payload lands on the boundary; the gap must be 0 or a whole block.
	 * The gap is under align + MIN_BLOCK and what follows it must still
	 * hold block_size(size), which is more than size + HDR for size 0.
	 */
	p = (uintptr_t)uk_heap_malloc(h, block_size(size) + align + MIN_BLOCK);
	if (!p)
		return NULL;
	a = ALIGN_UP(p, align);
	if (a != p && a - p < MIN_BLOCK)
		a = ALIGN_UP(p + MIN_BLOCK, align);
	b = (struct uk_heap_blk *)(p - HDR);
	if (a != p) {
		ab = (struct uk_heap_blk *)(a - HDR);
		ab->magic = MAGIC_USED;
		ab->flags = 0;
		ab->size = b->size - (a - p);
		b->size = a - p;
		free_block(h, b); /* sets FLAG_PREV_FREE in ab */
		b = ab;
	}
	trim(h, b, block_size(size));
	return (void *)a;
}

void *uk_heap_realloc(struct uk_heap *h, void *p, size_t size)
{
	struct uk_heap_blk *b = live_block(p), *next;
	size_t bsize;
	void *q;

	if (size > MAX_REQUEST)
		return NULL;
	bsize = block_size(size);
	if (bsize <= b->size) {
		trim(h, b, bsize);
		return p;
	}
	/* Grow into a free neighbour when together they are big enough. */
	next = blk_next(b);
	check_neighbour(next);
	if (next->magic == MAGIC_FREE && b->size + next->size >= bsize) {
		take(h, (struct uk_heap_free *)next);
		b->size += next->size;
		trim(h, b, bsize);
		return p;
	}
	q = uk_heap_malloc(h, size);
	if (!q)
		return NULL;
	memcpy(q, p, b->size - HDR);
	free_block(h, b);
	return q;
}
