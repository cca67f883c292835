/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Lookups in the unwind table link-image embedded (unwind_table.h): a
 * binary search, O(log n) and no memory but the table's, so it serves a
 * profiler's timer interrupt as well as the crash screen.
 */
#include <stddef.h>
#include <uk/essentials.h>
#include "unwind.h"
#include "unwind_table.h"

extern const struct uk_unwind_table uk_unwind_table;
extern const char _text[];

const struct uk_unwind_entry *uk_unwind_find(const struct uk_unwind_table *tab,
					     uint32_t off)
{
	uint32_t lo = 0, hi = tab->count;

	/* The last entry whose address is not above @off. */
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (tab->entries[mid].addr_off <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? &tab->entries[lo - 1] : NULL;
}

const struct uk_unwind_entry *unwind_rule(unsigned long pc)
{
	unsigned long base = (unsigned long)_text;

	if (pc < base || pc - base > UINT32_MAX)
		return NULL;
	return uk_unwind_find(&uk_unwind_table, (uint32_t)(pc - base));
}
