/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Reference model of uk_symtab_find() for the test and the fuzzer: a linear
 * scan with the same covering rule (a sized symbol covers its own bytes, an
 * unsized one reaches up to the next symbol, the last unsized one nothing).
 */
#ifndef SYMTAB_MODEL_H
#define SYMTAB_MODEL_H

#include "symtab.h"

/* The covering rule for @off, given @best, the last symbol at or below it
 * (-1: none). */
static inline long symtab_model_cover(const struct uk_symtab *tab, long best,
				      uint32_t off)
{
	if (best < 0)
		return -1;
	if (tab->entries[best].size)
		return off - tab->entries[best].addr_off <
			       tab->entries[best].size
			   ? best
			   : -1;
	return best + 1 < (long)tab->count ? best : -1;
}

static inline long symtab_model_find(const struct uk_symtab *tab, uint32_t off)
{
	long best = -1;

	for (uint32_t i = 0; i < tab->count; i++)
		if (tab->entries[i].addr_off <= off)
			best = i;
	return symtab_model_cover(tab, best, off);
}

#endif /* SYMTAB_MODEL_H */
