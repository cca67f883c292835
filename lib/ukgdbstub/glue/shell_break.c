/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * `break`: stop in the debugger from the shell, as uk_gdbstub_break() does
 * from code (waiting for one on the debug channel when none is attached).
 */
#include <uk/shell.h>
#include <uk/gdbstub.h>

static int cmd_break(int argc, char *argv[] __unused)
{
	if (argc > 1)
		return uk_shell_usage_error("break", "no arguments expected");
	uk_gdbstub_break();
	return 0;
}

UK_SHELL_CMD(break, cmd_break, "",
	     "stop in the debugger (waits for one on the debug channel)");
