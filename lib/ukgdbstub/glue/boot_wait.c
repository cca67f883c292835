/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * `uk.debug_wait=1` on the boot command line (run-qemu --debug-wait): stop
 * in the debugger after the last init function, before main(), so that
 * breakpoints can be placed before the application runs. The parameter
 * counts before a standalone "--" (the words after it are main()'s).
 */
#include <stdio.h>
#include <string.h>
#include <uk/boot.h>
#include <uk/init.h>
#include "glue.h"

static bool debug_wait_requested(void)
{
	char v[4];

	return uk_boot_param("uk.debug_wait", v, sizeof(v)) &&
	       strcmp(v, "0") != 0;
}

static int gdb_boot_wait(void)
{
	/* A debugger that got in earlier (interrupting the boot) and let
	 * the guest go on does not want another stop. */
	if (!debug_wait_requested() || gdb_glue.attached)
		return 0;
	if (!gdb_glue.ready) {
		printf("uk.debug_wait: no debug channel, not waiting\n");
		return 0;
	}
	uk_gdbstub_break(); /* says "Waiting for debugger on ..." */
	return 0;
}
UK_INIT(gdb_boot_wait, UK_INIT_LEVEL_LATE);
