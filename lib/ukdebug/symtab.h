/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Layout of the embedded symbol table, written by support/scripts/link-image
 * into section .uk_symtab and read by symbols.c. All fields are 32-bit so
 * the table is compact and position independent:
 *
 *   struct uk_symtab { count, names_off, base; entries[count]; } names...
 *
 * An entry's address is base_symbol + addr_off, where base_symbol is _text;
 * name_off counts from the start of the name blob (names_off bytes after the
 * table start); names are NUL-terminated.
 */
#ifndef UKDEBUG_SYMTAB_H
#define UKDEBUG_SYMTAB_H

#include <stdint.h>

struct uk_symtab_entry {
	uint32_t addr_off;
	uint32_t size;
	uint32_t name_off;
};

struct uk_symtab {
	uint32_t count;
	uint32_t names_off;
	struct uk_symtab_entry entries[];
};

/*
 * Binary search of @tab for the entry covering @off (an offset from the
 * table's base symbol). Return its index, or -1. Host-testable.
 */
long uk_symtab_find(const struct uk_symtab *tab, uint32_t off);

#endif /* UKDEBUG_SYMTAB_H */
