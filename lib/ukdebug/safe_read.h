/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Reading a word of memory that may not be there, for the stack dump and
 * the call traces: through nofault, or without it only where
 * ukplat_mem_mapped() says there is memory.
 */
#ifndef UKDEBUG_SAFE_READ_H
#define UKDEBUG_SAFE_READ_H

#include <uk/nofault.h>
#include <uk/plat/trap.h>

/* Read the word at @addr into *@val: 0, or -1 when it is unreadable. */
static inline int ukdebug_read_word(unsigned long addr, unsigned long *val)
{
	if (IS_ENABLED(CONFIG_LIBUKNOFAULT))
		return uk_nofault_try_read(val, addr);
	if (!ukplat_mem_mapped(addr, sizeof(*val)))
		return -1;
	*val = *(const unsigned long *)addr;
	return 0;
}

#endif /* UKDEBUG_SAFE_READ_H */
