/* SPDX-License-Identifier: BSD-3-Clause */
/* `mem`: size and use of the default allocator, with its counters. */
#include <stdio.h>
#include <uk/alloc.h>
#include <uk/shell.h>

static int cmd_mem(int argc, char *argv[] __unused)
{
	struct uk_alloc *a = uk_alloc_get_default();
	size_t total, avail;

	if (argc != 1)
		return uk_shell_usage_error("mem", "takes no arguments");
	if (!a) {
		printf("error: mem: no default allocator\n");
		return 1;
	}
	total = uk_alloc_totalmem(a);
	avail = uk_alloc_availmem(a);
	printf("total  %12zu bytes (%zu MiB)\n", total, total / MiB);
	printf("free   %12zu bytes (%zu MiB)\n", avail, avail / MiB);
	printf("used   %12zu bytes\n", total - avail);
	if (!IS_ENABLED(CONFIG_LIBUKALLOC_STATS)) {
		printf("(counters off: CONFIG_LIBUKALLOC_STATS is not set)\n");
		return 0;
	}
	printf("allocs %llu, frees %llu, failed %llu\n",
	       (unsigned long long)a->stats.allocs,
	       (unsigned long long)a->stats.frees,
	       (unsigned long long)a->stats.failed);
	printf("in use %zu bytes, peak %zu bytes\n", a->stats.cur_bytes,
	       a->stats.peak_bytes);
	return 0;
}

UK_SHELL_CMD(mem, cmd_mem, "", "show memory size, use and allocation counters");
