/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Heapsort of entry pointers (see sort.h). The registry sorts at most once
 * at boot, and only if the linker did not, and the Prometheus dump sorts
 * its families; both may see thousands of entries, so the sort has to be
 * O(n log n) without the stack or memory a merge sort or quicksort wants.
 */
#include <string.h>
#include "sort.h"

int store_cmp_name(const struct uk_store_entry *a,
		   const struct uk_store_entry *b)
{
	return strcmp(a->name, b->name);
}

/* Let a[i] sink until the max-heap a[0..n) holds again below it. */
static void sift_down(const struct uk_store_entry **a, size_t i, size_t n,
		      store_cmp_t cmp)
{
	for (;;) {
		size_t child = 2 * i + 1;
		const struct uk_store_entry *t;

		if (child >= n)
			return;
		if (child + 1 < n && cmp(a[child + 1], a[child]) > 0)
			child++;
		if (cmp(a[child], a[i]) <= 0)
			return;
		t = a[i];
		a[i] = a[child];
		a[child] = t;
		i = child;
	}
}

void store_sort(const struct uk_store_entry **a, size_t n, store_cmp_t cmp)
{
	for (size_t i = n / 2; i > 0; i--)
		sift_down(a, i - 1, n, cmp);
	for (size_t end = n; end > 1; end--) {
		const struct uk_store_entry *t = a[0];

		a[0] = a[end - 1];
		a[end - 1] = t;
		sift_down(a, 0, end - 1, cmp);
	}
}
