/* SPDX-License-Identifier: BSD-3-Clause */
/* Shell command `dump`: a dump of the running guest on the console. */
#include <string.h>
#include <uk/coredump.h>
#include <uk/shell.h>
#include "dump_test.h"

static int cmd_dump(int argc, char *argv[])
{
	if (argc == 2 && !strcmp(argv[1], "fault"))
		coredump_test_fault();
	else if (argc != 1)
		return uk_shell_usage_error("dump", "unknown argument %s",
					    argv[1]);
	uk_coredump_console_now();
	return 0;
}

UK_SHELL_CMD(dump, cmd_dump, "[fault]",
	     "write an ELF core of the guest on the console and go on "
	     "(fault: make the writer fault, to test that path)");
