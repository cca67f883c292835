/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Address-to-name lookup in the symbol table embedded at link time
 * (support/scripts/link-image, CONFIG_LIBUKDEBUG_SYMBOLS). The table holds
 * the image's function symbols sorted by address; lookup is a binary
 * search and allocates nothing, so it is safe on the crash path.
 */
#ifndef UK_SYMBOLS_H
#define UK_SYMBOLS_H

#include <uk/essentials.h>

struct uk_symbol {
	const char *name;
	unsigned long addr;   /* start of the symbol */
	unsigned long size;   /* 0 when the symbol has no size */
	unsigned long offset; /* the looked-up address minus addr */
};

#if CONFIG_LIBUKDEBUG_SYMBOLS
/*
 * Find the function containing @addr. Fill @sym and return 0, or return
 * -1 when no symbol covers @addr.
 */
int uk_resolve_symbol(unsigned long addr, struct uk_symbol *sym);
#else
static inline int uk_resolve_symbol(unsigned long addr __unused,
				    struct uk_symbol *sym __unused)
{
	return -1;
}
#endif

#endif /* UK_SYMBOLS_H */
