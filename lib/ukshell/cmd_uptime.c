/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * `uptime`: seconds since boot with microsecond digits. Integer math only:
 * kernel code is built without floating point.
 */
#include <stdio.h>
#include <uk/shell.h>
#include <uk/plat/time.h>

static int cmd_uptime(int argc, char *argv[] __unused)
{
	uint64_t ns;

	if (argc != 1)
		return uk_shell_usage_error("uptime", "takes no arguments");
	ns = ukplat_monotonic_ns();
	printf("up %llu.%06llu s\n", (unsigned long long)(ns / 1000000000u),
	       (unsigned long long)(ns % 1000000000u / 1000u));
	return 0;
}

UK_SHELL_CMD(uptime, cmd_uptime, "", "show the time since boot");
