/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukstore: sorting arrays of entry pointers (host-tested).
 */
#ifndef UK_STORE_SORT_H
#define UK_STORE_SORT_H

#include <uk/store.h>

typedef int (*store_cmp_t)(const struct uk_store_entry *a,
			   const struct uk_store_entry *b);

/*
 * Sort the @n pointers at @a in ascending order of @cmp, in place, in
 * O(n log n) time and no extra memory (heapsort: no recursion, no
 * allocation, no quadratic worst case). Not stable.
 */
void store_sort(const struct uk_store_entry **a, size_t n, store_cmp_t cmp);

/* Compare by name (strcmp), the order of the registry. */
int store_cmp_name(const struct uk_store_entry *a,
		   const struct uk_store_entry *b);

#endif /* UK_STORE_SORT_H */
