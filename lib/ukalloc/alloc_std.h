/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukalloc: the standard allocator, the page allocator and the
 * heap on top of it behind one struct uk_alloc. alloc_default.c builds the
 * default allocator with it; the host tests build their own over plain
 * memory.
 */
#ifndef UK_ALLOC_STD_H
#define UK_ALLOC_STD_H

#include <uk/alloc.h>
#include "pagealloc.h"
#include "heap.h"

struct uk_alloc_std {
	struct uk_alloc a; /* what callers see; first member */
	struct uk_pagealloc pa;
	struct uk_heap heap;
};

/* Set up @s with no memory yet; return its struct uk_alloc. */
struct uk_alloc *uk_alloc_std_init(struct uk_alloc_std *s);

/* Hand the RAM [base, base + len) to @s. Return 0, or -1 if too small. */
int uk_alloc_std_add_region(struct uk_alloc_std *s, uintptr_t base, size_t len);

#endif /* UK_ALLOC_STD_H */
