/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * From platform setup to main(): banner, allocators, the init table, the
 * command line as argv, and the guest's exit with main's return value.
 * With the kernel parameter uk.boot_time it prints the time from the
 * image's first instruction to main() on the guest's own clock (make bench
 * reads it); without, that costs one look at the command line after the
 * clock was read.
 */
#include <uk/boot.h>
#include <uk/init.h>
#include <uk/alloc.h>
#include <uk/print.h>
#include <uk/assert.h>
#include <uk/plat/bootinfo.h>
#include <uk/plat/memory.h>
#include <uk/plat/shutdown.h>
#include <uk/plat/time.h>
#include <stdio.h>
#include <string.h>
#include "args.h"

int main(int argc, char *argv[]);

/* Defined in the application's generated appinfo.c (support/build/rules.mk). */
extern const char uk_appname[];

extern const uk_init_fn_t uk_inittab_start[], uk_inittab_end[];

static char args_buf[1024];
static char *argv[CONFIG_LIBUKBOOT_MAXARGS + 1];
static uint64_t main_entry_ns;

uint64_t uk_boot_main_entry_ns(void)
{
	return main_entry_ns;
}

bool uk_boot_param(const char *name, char *buf, size_t size)
{
	return uk_boot_find_param(ukplat_cmdline(), name, buf, size);
}

static void print_boot_time(void)
{
	uint64_t ns = ukplat_entry_ns() + main_entry_ns;

	printf("boot: first instruction to main() in %lu.%03lu us\n",
	       (unsigned long)(ns / 1000), (unsigned long)(ns % 1000));
}

static void run_inittab(void)
{
	for (const uk_init_fn_t *fn = uk_inittab_start; fn < uk_inittab_end;
	     fn++) {
		int rc = (*fn)();

		if (rc < 0)
			uk_pr_err("init function %p failed: %d\n", (void *)*fn,
				  rc);
	}
}

void uk_boot_entry(void)
{
	int argc, status;

	printf("%s %s (%s) on %s, %zu MiB RAM\n", UK_PROJECT, UK_VERSION,
	       UK_CODENAME, ukplat_machine_name(),
	       ALIGN_UP(ukplat_mem_total(), MiB) / MiB);
	if (uk_alloc_init_default() < 0)
		UK_CRASH("no memory for the allocators");
	run_inittab();

	strncpy(args_buf, ukplat_cmdline(), sizeof(args_buf) - 1);
	argc = uk_boot_split_args(args_buf, argv, ARRAY_SIZE(argv));
	argv[0] = (char *)uk_appname;
	uk_pr_debug("calling main() of %s with %d arguments\n", uk_appname,
		    argc);
	main_entry_ns = ukplat_monotonic_ns();
	if (uk_boot_param("uk.boot_time", NULL, 0))
		print_boot_time();
	status = main(argc, argv);
	ukplat_halt(status);
}
