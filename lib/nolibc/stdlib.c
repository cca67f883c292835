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

void *malloc(size_t size)
{
	struct uk_alloc *a = uk_alloc_get_default();

	return a ? uk_malloc(a, size) : NULL;
}

void *calloc(size_t n, size_t size)
{
	struct uk_alloc *a = uk_alloc_get_default();

	/* uk_calloc() rejects an n * size that overflows. */
	return a ? uk_calloc(a, n, size) : NULL;
}

void *realloc(void *p, size_t size)
{
	struct uk_alloc *a = uk_alloc_get_default();

	return a ? uk_realloc(a, p, size) : NULL;
}

void free(void *p)
{
	struct uk_alloc *a = uk_alloc_get_default();

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
