/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * `help`: the command table as a usage list, or the details of one
 * command. The table is already sorted by name (SORT_BY_NAME in
 * shell.lds), so listing is a single walk.
 */
#include <stdio.h>
#include <string.h>
#include <uk/shell.h>

extern const struct uk_shell_cmd uk_shell_cmds_start[];
extern const struct uk_shell_cmd uk_shell_cmds_end[];

/* Length of "name usage" as the list prints it. */
static int synopsis_len(const struct uk_shell_cmd *c)
{
	return (int)(strlen(c->name) +
		     (c->usage[0] ? 1 + strlen(c->usage) : 0));
}

static int cmd_help(int argc, char *argv[])
{
	const struct uk_shell_cmd *c;
	int width = 0;

	if (argc > 2)
		return uk_shell_usage_error("help", "too many arguments");
	if (argc == 2) {
		c = uk_shell_cmd_find(argv[1]);
		if (!c) {
			printf("error: help: unknown command '%s'\n", argv[1]);
			return 1;
		}
		printf("usage: %s%s%s\n%s\n", c->name, c->usage[0] ? " " : "",
		       c->usage, c->help);
		return 0;
	}

	for (c = uk_shell_cmds_start; c < uk_shell_cmds_end; c++)
		if (synopsis_len(c) > width)
			width = synopsis_len(c);
	for (c = uk_shell_cmds_start; c < uk_shell_cmds_end; c++)
		printf("%s%s%s%*s  %s\n", c->name, c->usage[0] ? " " : "",
		       c->usage, width - synopsis_len(c), "", c->help);
	return 0;
}

UK_SHELL_CMD(help, cmd_help, "[command]",
	     "list the commands, or show how to use one");
