/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Shell commands `ps` (every thread: state, CPU time, switches, stack use)
 * and `bt <id>` (a thread's call trace), over the thread views of
 * threads.c. Interrupts stay masked while a view runs, so that no thread
 * moves, exits or is freed under it; output is the polled console.
 */
#include <stdio.h>
#include <uk/arch/lcpu.h>
#include <uk/backtrace.h>
#include <uk/sched.h>
#include <uk/shell.h>

static void shell_out(void *arg __unused, const char *line)
{
	printf("%s\n", line);
}

static int cmd_ps(int argc, char *argv[] __unused)
{
	unsigned long flags;

	if (argc != 1)
		return uk_shell_usage_error("ps", "too many arguments");
	flags = ukarch_irq_save();
	uk_thread_list(shell_out, NULL);
	ukarch_irq_restore(flags);
	return 0;
}

UK_SHELL_CMD(ps, cmd_ps, "",
	     "list the threads: state, CPU time, switches, stack use");

static int cmd_bt(int argc, char *argv[])
{
	unsigned long id, flags;
	int rc;

	if (argc != 2)
		return uk_shell_usage_error("bt", "one thread id expected");
	if (uk_shell_arg_uint(argv[1], ~0UL, &id))
		return uk_shell_usage_error("bt", "'%s' is not a thread id",
					    argv[1]);
	flags = ukarch_irq_save();
	rc = uk_thread_backtrace_id(id, NULL, shell_out, NULL);
	ukarch_irq_restore(flags);
	if (rc) {
		printf("error: bt: no thread with id %lu (try 'ps')\n", id);
		return 1;
	}
	return 0;
}

UK_SHELL_CMD(bt, cmd_bt, "<id>", "show a thread's call trace");
