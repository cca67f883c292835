/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * `log` without ukdebug: there is no log to configure, and saying so
 * beats "unknown command" for a command the documentation mentions.
 */
#include <stdio.h>
#include <uk/shell.h>

static int cmd_log_unavailable(int argc __unused, char *argv[] __unused)
{
	printf("error: log: unavailable (ukdebug is disabled in this build)\n");
	return 1;
}

UK_SHELL_CMD(log, cmd_log_unavailable, "level [0-4]",
	     "show or set the log level (needs ukdebug)");
