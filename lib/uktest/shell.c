/* SPDX-License-Identifier: BSD-3-Clause */
/* Shell command `test ls|run [glob]`: the in-guest unit tests on demand. */
#include <stdio.h>
#include <string.h>
#include <uk/shell.h>
#include "uktest_internal.h"

static int cmd_test(int argc, char *argv[])
{
	const char *glob = argc > 2 ? argv[2] : NULL;

	if (argc < 2 || argc > 3)
		goto usage;
	if (!strcmp(argv[1], "ls")) {
		uk_test_list(glob);
		return 0;
	}
	if (!strcmp(argv[1], "run"))
		return uk_test_run(glob) ? 1 : 0;
usage:
	printf("error: usage: test ls|run [<suite>.<case glob>]\n");
	return 1;
}
UK_SHELL_CMD(test, cmd_test, "ls|run [glob]",
	     "list or run the in-guest unit tests");
