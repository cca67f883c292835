/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * `gdbstub_selftest`: the stub's self-test from the shell, as
 * uk.gdbstub_selftest=1 runs it at boot. (UK_SHELL_CMD names a command
 * with an identifier, hence the underscore.)
 */
#include <stdio.h>
#include <uk/shell.h>
#include "selftest.h"

static int cmd_gdbstub_selftest(int argc, char *argv[] __unused)
{
	if (argc > 1)
		return uk_shell_usage_error("gdbstub_selftest",
					    "no arguments expected");
	if (gdb_selftest_run() < 0) {
		printf("error: gdbstub_selftest: a case failed\n");
		return 1;
	}
	return 0;
}

UK_SHELL_CMD(gdbstub_selftest, cmd_gdbstub_selftest, "",
	     "run the GDB stub's self-test (a scripted debugger in the guest)");
