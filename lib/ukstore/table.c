/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The static entries: an array the linker builds from every
 * UK_STORE_ENTRY (store.lds), already in name order because each entry's
 * section is named after it and the fragment says SORT_BY_NAME. Lookups
 * are binary searches over it. A boot check verifies that order rather
 * than trusting it (another linker, a stray section): if it is wrong, an
 * index of pointers is sorted once and searched instead, so a mistake in
 * the build costs a little memory, never a wrong answer.
 */
#include <stdlib.h>
#include <string.h>
#include <uk/init.h>
#include <uk/print.h>
#include "registry.h"
#include "sort.h"

/* Provided by store.lds around the .uk_store_entries.* sections. */
extern const struct uk_store_entry uk_store_entries_start[];
extern const struct uk_store_entry uk_store_entries_end[];

/*
 * Entries are pointer-aligned (UK_STORE_ENTRY) and a whole number of
 * pointers long, so the sections pack as an array without holes.
 */
_Static_assert(sizeof(struct uk_store_entry) % sizeof(void *) == 0,
	       "ukstore: entries would not pack into an array");

/* NULL while the linker's order holds; otherwise the entries, sorted. */
static const struct uk_store_entry **sorted;

size_t store_static_count(void)
{
	return uk_store_entries_end - uk_store_entries_start;
}

const struct uk_store_entry *store_static_at(size_t i)
{
	return sorted ? sorted[i] : &uk_store_entries_start[i];
}

size_t store_static_lower_bound(const char *name)
{
	size_t lo = 0, hi = store_static_count();

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(store_static_at(mid)->name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const struct uk_store_entry *store_static_find(const char *name)
{
	size_t i = store_static_lower_bound(name);

	if (i < store_static_count() &&
	    strcmp(store_static_at(i)->name, name) == 0)
		return store_static_at(i);
	return NULL;
}

bool store_static_owns(const struct uk_store_entry *e)
{
	return (uintptr_t)e >= (uintptr_t)uk_store_entries_start &&
	       (uintptr_t)e < (uintptr_t)uk_store_entries_end;
}

/*
 * An early init function: lookups made before it (there should be none)
 * rely on the linker's order, checked or not.
 */
static int store_table_check(void)
{
	size_t n = store_static_count();
	const struct uk_store_entry **index;
	bool unsorted = false, twice = false;
	size_t i;

	/* One comparison per pair tells both: wrong order, or a name twice. */
	for (i = 1; i < n && !unsorted; i++) {
		int c = strcmp(uk_store_entries_start[i - 1].name,
			       uk_store_entries_start[i].name);

		unsorted = c > 0;
		twice |= c == 0;
	}
	if (unsorted) {
		uk_pr_warn(
		    "the linker did not sort the entries; indexing %zu\n", n);
		index = malloc(n * sizeof(*index));
		if (!index) {
			uk_pr_err("no memory to index %zu entries\n", n);
			return -UK_STORE_ENOSPC;
		}
		for (i = 0; i < n; i++)
			index[i] = &uk_store_entries_start[i];
		store_sort(index, n, store_cmp_name);
		sorted = index;
	}
	/* Two files declaring one name link fine (the symbols are static). */
	for (i = 1; (unsorted || twice) && i < n; i++)
		if (strcmp(store_static_at(i - 1)->name,
			   store_static_at(i)->name) == 0)
			uk_pr_err("entry %s is declared twice\n",
				  store_static_at(i)->name);
	return 0;
}

UK_INIT(store_table_check, UK_INIT_LEVEL_EARLY);
