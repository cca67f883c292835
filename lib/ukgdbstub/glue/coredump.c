/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Crash dumps of the stopped guest for the debugger (ukcoredump): the
 * binary object qXfer:lantern.core:read and `monitor dump`, the console
 * encoding as the debugger's output. The stopped frame is the first
 * thread's registers; at a crash stop that is the crash's frame. A fault
 * while dumping prints ukcoredump's one line and halts.
 */
#include <uk/coredump.h>
#include <uk/crash.h>
#include "glue.h"

#define REASON "dump requested by the debugger"

static uint64_t prepare(void)
{
	uint64_t size;

	uk_crash_set_guard(UK_COREDUMP_FAULT_LINE);
	size = uk_coredump_prepare(gdb_glue.stopped->regs, 0, REASON);
	uk_crash_set_guard(NULL);
	return size;
}

uint64_t gdb_glue_core_size(void *ctx __unused, bool layout)
{
	if (!gdb_glue.stopped)
		return 0;
	return layout ? prepare() : uk_coredump_size();
}

void gdb_glue_core_read(void *ctx __unused, uint64_t off, void *buf, size_t len)
{
	uk_crash_set_guard(UK_COREDUMP_FAULT_LINE);
	uk_coredump_read(off, buf, len);
	uk_crash_set_guard(NULL);
}

int gdb_glue_dump(uk_gdbstub_out_fn out, void *arg)
{
	if (!gdb_glue.stopped)
		return -1;
	prepare();
	uk_crash_set_guard(UK_COREDUMP_FAULT_LINE);
	uk_coredump_write_lines(out, arg);
	uk_crash_set_guard(NULL);
	return 0;
}
