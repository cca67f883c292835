/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The stub's boot parameters (uk.debug_wait=1, uk.gdbstub_selftest=1): whole
 * words of the boot command line. Only the words before a standalone "--"
 * count; the ones after it are main()'s.
 */
#include <string.h>
#include <uk/plat/bootinfo.h>
#include "gdbstub_kernel.h"

static bool is_space(char c)
{
	return c == ' ' || c == '\t';
}

bool gdb_cmdline_has(const char *word)
{
	const char *p = ukplat_cmdline();
	size_t len = strlen(word);

	for (;;) {
		size_t n = 0;

		while (is_space(*p))
			p++;
		if (!*p)
			return false;
		while (p[n] && !is_space(p[n]))
			n++;
		if (n == 2 && p[0] == '-' && p[1] == '-')
			return false;
		if (n == len && memcmp(p, word, n) == 0)
			return true;
		p += n;
	}
}
