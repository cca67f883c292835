/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Binary search in the embedded symbol table. Kept apart from the kernel
 * glue so the host unit tests and the fuzzer build this very file.
 */
#include "symtab.h"

long uk_symtab_find(const struct uk_symtab *tab, uint32_t off)
{
	long lo = 0, hi = (long)tab->count - 1, best = -1;
	const struct uk_symtab_entry *e;

	while (lo <= hi) {
		long mid = lo + (hi - lo) / 2;

		if (tab->entries[mid].addr_off <= off) {
			best = mid;
			lo = mid + 1;
		} else {
			hi = mid - 1;
		}
	}
	if (best < 0)
		return -1;
	e = &tab->entries[best];
	/* A sized symbol covers only its own bytes; an unsized one (an
	 * assembly label) reaches up to the next symbol. */
	if (e->size && off - e->addr_off >= e->size)
		return -1;
	if (!e->size && best + 1 == (long)tab->count)
		return -1;
	return best;
}
