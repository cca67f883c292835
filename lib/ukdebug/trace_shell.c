/* SPDX-License-Identifier: BSD-3-Clause */
/* Shell command `trace` (<uk/trace.h>). */
#include <stdio.h>
#include <uk/shell.h>
#include <uk/trace.h>

static void shell_out(void *arg __unused, const char *line)
{
	printf("%s\n", line);
}

static int cmd_trace(int argc, char *argv[])
{
	return uk_trace_command(argc, argv, shell_out, NULL);
}

UK_SHELL_CMD(trace, cmd_trace, "ls|on|off|dump|clear",
	     "tracepoints: list, enable, print the recorded events");
