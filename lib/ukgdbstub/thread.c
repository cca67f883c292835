/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The target's threads as the protocol core sees them: through the
 * target's optional thread operations, or, without them, the one thread
 * id 1 that is always the one that stopped.
 */
#include "gdbstub_internal.h"

static const struct uk_gdbstub_threads *ops_of(const struct uk_gdbstub *gs)
{
	return gs->target->ops->threads;
}

unsigned long gdb_thread_current(const struct uk_gdbstub *gs)
{
	const struct uk_gdbstub_threads *th = ops_of(gs);

	return th ? th->current(gs->target->ctx) : GDB_THREAD_ID;
}

unsigned long gdb_thread_next(const struct uk_gdbstub *gs, unsigned long id)
{
	const struct uk_gdbstub_threads *th = ops_of(gs);

	if (th)
		return th->next(gs->target->ctx, id);
	return id < GDB_THREAD_ID ? GDB_THREAD_ID : 0;
}

int gdb_thread_describe(const struct uk_gdbstub *gs, unsigned long id,
			struct uk_gdbstub_thread *t)
{
	const struct uk_gdbstub_threads *th = ops_of(gs);

	t->name = t->state = t->detail = NULL;
	if (th)
		return id ? th->describe(gs->target->ctx, id, t) : -1;
	return id == GDB_THREAD_ID ? 0 : -1;
}

unsigned long gdb_thread_regs_target(const struct uk_gdbstub *gs)
{
	return gs->thread_g ? gs->thread_g : gdb_thread_current(gs);
}
