/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The console shell. Any library or application adds a command with
 *
 *   static int cmd_hello(int argc, char *argv[]) { ... return 0; }
 *   UK_SHELL_CMD(hello, cmd_hello, "[name]", "say hello");
 *
 * which places a descriptor in the link-time table .uk_shell_cmds (sorted
 * by name, see shell.lds). A command returns 0 on success and nonzero on
 * error, after printing its own one-line "error: ..." message. With
 * CONFIG_LIBUKSHELL off, UK_SHELL_CMD leaves nothing in the image and
 * uk_shell_run() returns 0 at once.
 */
#ifndef UK_SHELL_H
#define UK_SHELL_H

#include <uk/essentials.h>

struct uk_shell_cmd {
	const char *name;       /* what the user types */
	const char *usage;      /* argument synopsis, e.g. "[status]"; "" if none */
	const char *help;       /* one line: what the command does */
	int (*fn)(int argc, char *argv[]);      /* argv[0] is the name */
};

#if CONFIG_LIBUKSHELL
/*
 * Register command @name (an identifier) run by @fn. Aligned to a pointer
 * so that the linker packs the entries as an array without gaps.
 */
#define UK_SHELL_CMD(name, fn, usage, help)                             \
	static const struct uk_shell_cmd UK_CONCAT(__uk_shell_cmd_, name) \
	__used __aligned(sizeof(void *))                                \
	__section(".uk_shell_cmds." #name) = { #name, usage, help, fn }

/*
 * Run the shell on the console: prompt, read a line, run it, until the
 * input ends (Ctrl-D on an empty line). Return 0.
 */
int uk_shell_run(void);
#else
/*
 * An unused static inline function is never emitted, and neither is a
 * static command function only it refers to: no trace in the image.
 */
#define UK_SHELL_CMD(name, fn, usage, help)                             \
	static inline __unused void UK_CONCAT(__uk_shell_cmd_off_, name)(void) \
	{                                                               \
		(void)(fn);                                             \
		(void)(usage);                                          \
		(void)(help);                                           \
	}

static inline int uk_shell_run(void)
{
	return 0;
}
#endif

/* Return the command called @name, or NULL. */
const struct uk_shell_cmd *uk_shell_cmd_find(const char *name);

/*
 * Print "error: <name>: <message> (usage: <name> <usage>)" for command
 * @name, the message made from @fmt; return 1, so a command can end with
 * `return uk_shell_usage_error(...)`.
 */
int uk_shell_usage_error(const char *name, const char *fmt, ...)
	__printf(2, 3);

/*
 * Parse @s as a decimal number in 0..@max into *@v. Return 0, or -1 when
 * @s is not entirely such a number.
 */
int uk_shell_arg_uint(const char *s, unsigned long max, unsigned long *v);

#endif /* UK_SHELL_H */
