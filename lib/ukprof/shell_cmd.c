/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Shell command `prof` (<uk/prof.h>, uk_prof_command()).
 */
#include <stdio.h>
#include <uk/prof.h>
#include <uk/shell.h>

static void shell_out(void *arg __unused, const char *line)
{
	printf("%s\n", line);
}

static int cmd_prof(int argc, char *argv[])
{
	return uk_prof_command(argc, argv, shell_out, NULL);
}

UK_SHELL_CMD(prof, cmd_prof, "[start [hz]|stop|dump|clear]",
	     "stack-sampling profiler: folded stacks for a flame graph");
