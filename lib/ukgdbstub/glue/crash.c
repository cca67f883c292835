/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Into the debugger on a crash: the crash screen raises UKDEBUG_CRASH
 * after printing its report, and when a debugger is attached (or Kconfig
 * LIBUKGDBSTUB_ENTER_ON_CRASH says to wait for one) the stub serves it
 * the faulting frame: the trap's own signal for an unhandled trap,
 * SIGABRT for UK_CRASH and failed assertions. Whatever the debugger does
 * then, the crash screen halts the guest afterwards, as before.
 */
#include <stdio.h>
#include <uk/crash.h>
#include <uk/plat/dbgchan.h>
#include "glue.h"

static int gdb_on_crash(void *data)
{
	struct uk_crash_info *info = data;

	if (!gdb_glue.ready || gdb_glue.stopped)
		return UK_EVENT_NOT_HANDLED;
	if (!gdb_glue.attached) {
		if (!IS_ENABLED(CONFIG_LIBUKGDBSTUB_ENTER_ON_CRASH))
			return UK_EVENT_NOT_HANDLED;
		printf("Waiting for debugger on %s\n", ukplat_dbgchan_name());
	}
	gdb_glue_enter(info->ctx, info->trap ? 0 : UK_GDBSTUB_SIGABRT);
	return UK_EVENT_HANDLED;
}
UK_EVENT_HANDLER(UKDEBUG_CRASH, gdb_on_crash);
