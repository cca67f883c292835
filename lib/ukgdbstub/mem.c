/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The debugger's view of memory: reads and writes through the target, and
 * around the stub's own breakpoints (swbreak.c) the program's bytes, never
 * the breakpoint instruction. A `disassemble` or `x/i` with breakpoints
 * placed shows the real code, and a write over a breakpoint changes the
 * code under it and keeps it armed.
 */
#include "gdbstub_internal.h"

size_t gdb_mem_read(struct uk_gdbstub *gs, uintptr_t addr, void *buf, size_t n)
{
	const struct uk_gdbstub_target *t = gs->target;
	size_t done = t->ops->mem_read(t->ctx, addr, buf, n);

	gdb_swbp_hide(gs, addr, buf, done);
	return done;
}

size_t gdb_mem_write(struct uk_gdbstub *gs, uintptr_t addr, const void *buf,
		     size_t n)
{
	const struct uk_gdbstub_target *t = gs->target;
	size_t done = t->ops->mem_write(t->ctx, addr, buf, n);

	/* The write went over any breakpoint in its way. */
	gdb_swbp_rearm(gs, addr, buf, done);
	return done;
}
