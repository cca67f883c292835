/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The demo's own workload and counters: `work [n]` allocates and frees n
 * blocks of demo/block_size bytes, so memory and allocation metrics move
 * (shell, ukstore, Prometheus); Ctrl-C ends it early. Its counters are
 * ukstore entries.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/shell.h>
#include <uk/store.h>

static uint64_t work_done;
static uint64_t block_size = 4096;

UK_STORE_ENTRY_RO(demo, work_done, u64, work_done, "count",
		  "blocks the demo's `work` command allocated and freed");
UK_STORE_ENTRY_RW(demo, block_size, u32, block_size, 1, 1024 * 1024, "bytes",
		  "size of each block `work` allocates (1 .. 1 MiB)");

static int cmd_work(int argc, char *argv[])
{
	unsigned long n = 1;
	char *end;

	if (argc > 2 ||
	    (argc == 2 && ((n = strtoul(argv[1], &end, 0)) == 0 || *end)))
		return uk_shell_usage_error("work",
					    "count must be a number > 0");
	for (unsigned long i = 0; i < n; i++) {
		char *p;

		if (uk_shell_interrupted())
			return 1;
		p = malloc(block_size);
		if (!p) {
			printf("error: out of memory after %lu blocks\n", i);
			return 1;
		}
		memset(p, (int)i, block_size);
		free(p);
		work_done++;
	}
	printf("did %lu blocks of %lu bytes\n", n, (unsigned long)block_size);
	return 0;
}
UK_SHELL_CMD(work, cmd_work, "[count]",
	     "allocate and free blocks (demo workload)");
