/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * `log level [0-4]`: show or set the run-time log threshold of ukdebug.
 * Built only with ukdebug; cmd_log_unavailable.c stands in otherwise.
 */
#include <stdio.h>
#include <string.h>
#include <uk/print.h>
#include <uk/shell.h>

static const char *const level_names[] = {
	"crit", "err", "warn", "info", "debug",
};

static int cmd_log(int argc, char *argv[])
{
	unsigned long level;

	if (argc < 2 || argc > 3 || strcmp(argv[1], "level") != 0)
		return uk_shell_usage_error("log", "expected 'level'");
	if (argc == 3) {
		if (uk_shell_arg_uint(argv[2], UK_LOG_DEBUG, &level) < 0)
			return uk_shell_usage_error(
			    "log", "level must be 0..4, not '%s'", argv[2]);
		uk_log_level = (int)level;
	}
	printf("log level %d (%s)\n", uk_log_level,
	       level_names[uk_log_level >= 0 && uk_log_level <= UK_LOG_DEBUG
			       ? uk_log_level
			       : UK_LOG_DEBUG]);
	/* Messages above the build-time level are not even in the image. */
	if (uk_log_level > UK_PRINTK_LEVEL)
		printf("note: levels above %d (%s) are compiled out "
		       "(CONFIG_LIBUKDEBUG_PRINTK_LEVEL)\n",
		       UK_PRINTK_LEVEL, level_names[UK_PRINTK_LEVEL]);
	return 0;
}

UK_SHELL_CMD(log, cmd_log, "level [0-4]",
	     "show or set the log level (0 crit ... 4 debug)");
