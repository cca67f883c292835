/* SPDX-License-Identifier: BSD-3-Clause */
/* Shell command `dmesg`: the kernel message ring, oldest first. */
#include <stdio.h>
#include <uk/dmesg.h>
#include <uk/shell.h>

static int cmd_dmesg(int argc, char *argv[] __unused)
{
	struct uk_dmesg_view v;
	char buf[256];

	if (argc != 1)
		return uk_shell_usage_error("dmesg", "no arguments");
	uk_dmesg_view(&v);
	for (size_t off = 0; off < v.len; off += sizeof(buf)) {
		size_t n = MIN(sizeof(buf), v.len - off);

		uk_dmesg_read(&v, off, buf, n);
		printf("%.*s", (int)n, buf);
	}
	return 0;
}

UK_SHELL_CMD(dmesg, cmd_dmesg, "", "print the recent kernel messages");
