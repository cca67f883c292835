/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * `halt`: stop the guest. The status is limited to 0..255 because that is
 * what reaches the host as the exit status of run-qemu.
 */
#include <uk/shell.h>
#include <uk/plat/shutdown.h>

static int cmd_halt(int argc, char *argv[])
{
	unsigned long status = 0;

	if (argc > 2)
		return uk_shell_usage_error("halt", "too many arguments");
	if (argc == 2 && uk_shell_arg_uint(argv[1], 255, &status) < 0)
		return uk_shell_usage_error(
		    "halt", "status must be 0..255, not '%s'", argv[1]);
	ukplat_halt((int)status);
}

UK_SHELL_CMD(halt, cmd_halt, "[status]",
	     "stop the guest with exit status 0..255 (default 0)");
