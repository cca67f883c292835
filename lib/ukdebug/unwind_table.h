/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Layout of the unwind table, written by support/scripts/link-image into
 * section .uk_unwind_table from the image's call frame information (.debug_frame)
 * and read by unwind_table.c:
 *
 *   struct uk_unwind_table { count; entries[count]; }
 *
 * Entries are sorted by address; each holds from its address up to the
 * next entry's. An address below the first entry has no rule. Offsets
 * count from _text, like the symbol table's (symtab.h).
 */
#ifndef UKDEBUG_UNWIND_TABLE_H
#define UKDEBUG_UNWIND_TABLE_H

#include <stdint.h>

/* What an entry says. */
#define UK_UNWIND_NONE	    0 /* no frame information: follow frame records */
#define UK_UNWIND_CFI	    1 /* the rule below */
#define UK_UNWIND_OUTERMOST 2 /* no caller (a thread's or the boot's base) */

/* Which register the canonical frame address (CFA) is computed from. */
#define UK_UNWIND_CFA_SP 0
#define UK_UNWIND_CFA_FP 1

/*
 * CFA = register + cfa_off: the stack pointer before the call. The
 * caller's frame pointer is saved at CFA + fp_off, or with fp_off 0 still
 * in the register; the return address at CFA + ra_off, or with ra_off 0 in
 * the link register (arm64, in a function that has not saved it).
 */
struct uk_unwind_entry {
	uint32_t addr_off;
	int16_t cfa_off;
	int16_t fp_off;
	int16_t ra_off;
	uint8_t cfa_reg;
	uint8_t kind;
};

struct uk_unwind_table {
	uint32_t count;
	struct uk_unwind_entry entries[];
};

/*
 * The entry of @tab that holds for offset @off (from _text), or NULL when
 * none does.
 */
const struct uk_unwind_entry *uk_unwind_find(const struct uk_unwind_table *tab,
					     uint32_t off);

#endif /* UKDEBUG_UNWIND_TABLE_H */
