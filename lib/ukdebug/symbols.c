/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk_resolve_symbol(): look an address up in the table link-image embedded
 * (the search itself is symtab_find.c).
 */
#include <uk/symbols.h>
#include "symtab.h"

extern const struct uk_symtab uk_symtab;
extern const char _text[];

int uk_resolve_symbol(unsigned long addr, struct uk_symbol *sym)
{
	unsigned long base = (unsigned long)_text;
	long i;

	if (addr < base || addr - base > UINT32_MAX)
		return -1;
	i = uk_symtab_find(&uk_symtab, (uint32_t)(addr - base));
	if (i < 0)
		return -1;
	sym->addr = base + uk_symtab.entries[i].addr_off;
	sym->size = uk_symtab.entries[i].size;
	sym->offset = addr - sym->addr;
	sym->name = (const char *)&uk_symtab + uk_symtab.names_off +
		    uk_symtab.entries[i].name_off;
	return 0;
}
