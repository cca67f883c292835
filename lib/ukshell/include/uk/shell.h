/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The console shell. Any library or application adds a command with
 *
 *   static int cmd_hello(int argc, char *argv[]) { ... return 0; }
 *   UK_SHELL_CMD(hello, cmd_hello, "[name]", "say hello");
 *
 * which places a descriptor in the link-time table .uk_shell_cmds (sorted
 * by name, see shell.lds). A command returns 0 on success and nonzero on
 * error, after printing its own one-line "error: ..." message. A command
 * that can run long polls uk_shell_interrupted() and returns when it is
 * true (Ctrl-C). With CONFIG_LIBUKSHELL off, UK_SHELL_CMD leaves no table
 * entry (and from -Og up no code) in the image, and uk_shell_run() returns
 * 0 at once.
 */
#ifndef UK_SHELL_H
#define UK_SHELL_H

#include <uk/essentials.h>

struct uk_shell_cmd {
	const char *name;  /* what the user types */
	const char *usage; /* arguments only, e.g. "[status]"; "" if none */
	const char *help;  /* one line: what the command does */
	int (*fn)(int argc, char *argv[]); /* argv[0] is the name */
};

/*
 * The usage of a command is its arguments: help and errors print the name
 * in front of them. @args starting with the name itself ("work [count]"
 * for `work`) fails to compile rather than showing "work work [count]".
 * GCC and clang fold these builtins on string literals at any -O level.
 */
#define UK_SHELL_ARGS_CHECK(name, args)                                        \
	_Static_assert(__builtin_strncmp(args, #name " ", sizeof(#name)) &&    \
			   __builtin_strcmp(args, #name),                      \
		       "UK_SHELL_CMD(" #name ", ...): the usage is the "       \
		       "arguments only, without the command's name")

#if CONFIG_LIBUKSHELL
/*
 * Register command @name (an identifier) run by @fn, taking @args (a
 * synopsis of the arguments only, "" if none) and doing what @help says
 * in one line. Aligned to a pointer so that the linker packs the entries
 * as an array without gaps.
 */
#define UK_SHELL_CMD(name, fn, args, help)                                     \
	UK_SHELL_ARGS_CHECK(name, args);                                       \
	static const struct uk_shell_cmd UK_CONCAT(__uk_shell_cmd_, name)      \
	    __used __aligned(sizeof(void *))                                   \
		__section(".uk_shell_cmds." #name) = { #name, args, help, fn }

/*
 * Run the shell on the console: prompt, read a line, run it, until the
 * input ends (Ctrl-D on an empty line). Return 0.
 */
int uk_shell_run(void);

/* Return the command called @name, or NULL. */
const struct uk_shell_cmd *uk_shell_cmd_find(const char *name);

/*
 * Return true when Ctrl-C has been typed on the console since the running
 * command's line was entered; false outside commands. The byte never
 * reaches the shell's next line. A command that loops (or waits) for long
 * polls this and returns nonzero at once, printing nothing more; the shell
 * then prints "^C" and a fresh prompt. Cheap: a load of a flag that the
 * console's receive interrupt sets. A command that does not poll runs to
 * its end, and "^C" follows.
 */
bool uk_shell_interrupted(void);

/*
 * Print "error: <name>: <message> (usage: <name> <usage>)" for command
 * @name, the message made from @fmt; return 1, so a command can end with
 * `return uk_shell_usage_error(...)`.
 */
int uk_shell_usage_error(const char *name, const char *fmt, ...) __printf(2, 3);

/*
 * Parse @s as a decimal number in 0..@max into *@v. Return 0, or -1 when
 * @s is not entirely such a number.
 */
int uk_shell_arg_uint(const char *s, unsigned long max, unsigned long *v);

#else /* !CONFIG_LIBUKSHELL */
/*
 * Shell off: the arguments are only looked at inside sizeof, which checks
 * fn's type and counts as a use (no unused-function warning) but is never
 * evaluated, so from -Og up the compiler drops the command function and
 * everything only it calls: no table entry, no code. (At -O0 GCC keeps
 * every static function; the stubs below make such leftovers link.)
 */
#define UK_SHELL_CMD(name, fn, args, help)                                     \
	UK_SHELL_ARGS_CHECK(name, args);                                       \
	typedef char UK_CONCAT(                                                \
	    __uk_shell_cmd_off_,                                               \
	    name)[sizeof((fn)(0, (char **)0)) + sizeof(args) + sizeof(help)]

static inline int uk_shell_run(void)
{
	return 0;
}

static inline const struct uk_shell_cmd *
uk_shell_cmd_find(const char *name __unused)
{
	return NULL;
}

static inline bool uk_shell_interrupted(void)
{
	return false;
}

static inline __printf(2, 3) int uk_shell_usage_error(const char *name __unused,
						      const char *fmt __unused,
						      ...)
{
	return 1;
}

static inline int uk_shell_arg_uint(const char *s __unused,
				    unsigned long max __unused,
				    unsigned long *v __unused)
{
	return -1;
}
#endif /* CONFIG_LIBUKSHELL */

#endif /* UK_SHELL_H */
