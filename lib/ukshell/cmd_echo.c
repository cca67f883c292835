/* SPDX-License-Identifier: BSD-3-Clause */
/* `echo`: print the arguments, separated by one space. */
#include <stdio.h>
#include <uk/shell.h>

static int cmd_echo(int argc, char *argv[])
{
	for (int i = 1; i < argc; i++)
		printf("%s%s", argv[i], i + 1 < argc ? " " : "");
	printf("\n");
	return 0;
}

UK_SHELL_CMD(echo, cmd_echo, "[text...]", "print the arguments");
