/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * nolibc's malloc family on top of the default allocator of ukalloc, and
 * the two ways out of the program. Before ukalloc is initialised there is
 * no default allocator and malloc returns NULL rather than crashing.
 */
#include <stdlib.h>
#include <uk/alloc.h>
#include <uk/assert.h>
#include <uk/plat/shutdown.h>
#include <uk/trace.h>

/* The caller is the code that called malloc(), not an allocator layer. */
UK_TRACEPOINT(alloc_malloc, "size=%zu ptr=%p caller=%p", size_t, void *,
	      void *);
UK_TRACEPOINT(alloc_calloc, "n=%zu size=%zu ptr=%p caller=%p", size_t, size_t,
	      void *, void *);
UK_TRACEPOINT(alloc_realloc, "old=%p size=%zu ptr=%p caller=%p", void *, size_t,
	      void *, void *);
UK_TRACEPOINT(alloc_free, "ptr=%p caller=%p", void *, void *);

void *malloc(size_t size)
{
	struct uk_alloc *a = uk_alloc_get_default();
	void *p = a ? uk_malloc(a, size) : NULL;

	alloc_malloc(size, p, __builtin_return_address(0));
	return p;
}

void *calloc(size_t n, size_t size)
{
	struct uk_alloc *a = uk_alloc_get_default();

	/* uk_calloc() rejects an n * size that overflows. */
	void *p = a ? uk_calloc(a, n, size) : NULL;

	alloc_calloc(n, size, p, __builtin_return_address(0));
	return p;
}

void *realloc(void *p, size_t size)
{
	struct uk_alloc *a = uk_alloc_get_default();

	void *q = a ? uk_realloc(a, p, size) : NULL;

	alloc_realloc(p, size, q, __builtin_return_address(0));
	return q;
}

void free(void *p)
{
	struct uk_alloc *a = uk_alloc_get_default();

	alloc_free(p, __builtin_return_address(0));
	if (p && a)
		uk_free(a, p);
}

void exit(int status)
{
	ukplat_halt(status);
}

void abort(void)
{
	UK_CRASH("abort() called");
}
