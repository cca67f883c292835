/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The shell loop: prompt, feed console bytes to the line editor, split
 * the line, find the command in the link-time table and run it. Input
 * waits for the UART interrupt (the CPU sleeps; with threads, only the
 * shell's thread does), so an idle shell does not keep a host core busy. While a command runs, the
 * console's receive interrupt takes Ctrl-C away from the input and raises
 * the flag commands poll (uk_shell_interrupted()); at the prompt, Ctrl-C
 * is the line editor's (drop the line).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/shell.h>
#include <uk/plat/console.h>
#include <uk/trace.h>
#include "readline.h"
#include "getc.h"
#include "parse.h"

#define SHELL_PROMPT   "lantern$ "
#define SHELL_LINE_MAX 256 /* bytes, terminator included */
#define SHELL_ARGS_MAX 16

/* Provided by shell.lds around the sorted .uk_shell_cmds.* entries. */
extern const struct uk_shell_cmd uk_shell_cmds_start[];
extern const struct uk_shell_cmd uk_shell_cmds_end[];

const struct uk_shell_cmd *uk_shell_cmd_find(const char *name)
{
	const struct uk_shell_cmd *c;

	for (c = uk_shell_cmds_start; c < uk_shell_cmds_end; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

int uk_shell_usage_error(const char *name, const char *fmt, ...)
{
	const struct uk_shell_cmd *c = uk_shell_cmd_find(name);
	va_list ap;

	printf("error: %s: ", name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	if (c)
		printf(" (usage: %s%s%s)", c->name, c->usage[0] ? " " : "",
		       c->usage);
	printf("\n");
	return 1;
}

int uk_shell_arg_uint(const char *s, unsigned long max, unsigned long *v)
{
	char *end;

	/* strtoul would take "-1", " 1" and "" too: insist on digits only. */
	if (*s < '0' || *s > '9')
		return -1;
	*v = strtoul(s, &end, 10);
	if (*end || *v > max)
		return -1;
	return 0;
}

static volatile bool interrupted;

static void on_intr(void)
{
	interrupted = true;
}

bool uk_shell_interrupted(void)
{
	return interrupted;
}

UK_TRACEPOINT(shell_cmd, "name=%s", const char *);

static void run_cmd(const struct uk_shell_cmd *c, int argc, char *argv[])
{
	shell_cmd(c->name);
	interrupted = false;
	ukplat_cons_set_intr_handler(on_intr);
	c->fn(argc, argv);
	ukplat_cons_set_intr_handler(NULL);
	if (interrupted)
		printf("^C\n");
	interrupted = false;
}

static void echo_console(void *ctx __unused, const char *s, size_t n)
{
	ukplat_cons_write(s, n);
}

static void run_line(char *line)
{
	char *argv[SHELL_ARGS_MAX + 1];
	const struct uk_shell_cmd *c;
	int argc = uk_shell_parse(line, argv, SHELL_ARGS_MAX);

	if (argc == UK_SHELL_PARSE_EQUOTE) {
		printf("error: unterminated quote\n");
		return;
	}
	if (argc == UK_SHELL_PARSE_ETOOMANY) {
		printf("error: too many arguments (max %d)\n", SHELL_ARGS_MAX);
		return;
	}
	if (argc == 0)
		return;
	argv[argc] = NULL; /* as in C's main(), for commands that walk it */

	c = uk_shell_cmd_find(argv[0]);
	if (!c) {
		printf("error: unknown command '%s' (try 'help')\n", argv[0]);
		return;
	}
	run_cmd(c, argc, argv);
}

int uk_shell_run(void)
{
	char line[SHELL_LINE_MAX];
	struct uk_shell_rl rl;

	uk_shell_rl_init(&rl, line, sizeof(line), echo_console, NULL);
	printf("%s", SHELL_PROMPT);
	for (;;) {
		int c = shell_getc();

		if (c < 0)
			continue;
		switch (uk_shell_rl_feed(&rl, (unsigned char)c)) {
		case UK_SHELL_RL_NONE:
			continue;
		case UK_SHELL_RL_LINE:
			run_line(line);
			break;
		case UK_SHELL_RL_TOOLONG:
			printf("error: line too long (max %d)\n",
			       SHELL_LINE_MAX - 1);
			break;
		case UK_SHELL_RL_EOF:
			printf("\n");
			return 0;
		default: /* Ctrl-C: "^C" is echoed already */
			break;
		}
		printf("%s", SHELL_PROMPT);
	}
}
