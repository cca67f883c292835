/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Shell command `sym <address>...`:
 * what the symbol table says about an address.
 */
#include <uk/shell.h>
#include <uk/symbols.h>
#include <stdio.h>
#include <stdlib.h>

static int cmd_sym(int argc, char *argv[])
{
	int rc = 0;

	if (argc < 2) {
		printf("error: usage: sym <address>...\n");
		return 1;
	}
	for (int i = 1; i < argc; i++) {
		struct uk_symbol s;
		char *end;
		unsigned long addr = strtoul(argv[i], &end, 16);

		if (end == argv[i] || *end) {
			printf("error: '%s' is not a hexadecimal address\n",
			       argv[i]);
			rc = 1;
			continue;
		}
		if (uk_resolve_symbol(addr, &s) == 0)
			printf("%016lx %s+0x%lx (start %016lx size 0x%lx)\n",
			       addr, s.name, s.offset, s.addr, s.size);
		else
			printf("%016lx ?\n", addr);
	}
	return rc;
}

UK_SHELL_CMD(sym, cmd_sym, "<address>...",
	     "look addresses up in the kernel symbol table");
