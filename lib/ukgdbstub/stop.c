/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Stop replies: "T" and the signal, then the expedited registers (PC, SP
 * and FP as "n:value;", so the debugger can show where it stopped and
 * unwind one frame without asking for all registers: a single step costs
 * one round trip), the thread that stopped, and why. swbreak and hwbreak go
 * only to a debugger that said in qSupported it understands them (to one
 * that does not, an unknown reason would be an error); the watchpoint
 * reasons are part of the base protocol.
 */
#include <string.h>
#include "gdbstub_internal.h"

static void stop_expedite(struct uk_gdbstub *gs, unsigned long id)
{
	const struct uk_gdbstub_arch *arch = gs->target->arch;
	size_t off = 0;

	if (gdb_regs_fetch_thread(gs, id) < 0)
		return; /* the debugger will ask with 'g' */
	for (unsigned int i = 0; i < arch->nregs; i++) {
		const struct uk_gdbstub_reg *r = &arch->regs[i];

		if ((r->role == UK_GDBSTUB_ROLE_PC ||
		     r->role == UK_GDBSTUB_ROLE_SP ||
		     r->role == UK_GDBSTUB_ROLE_FP) &&
		    gdb_reg_known(gs, i)) {
			if (i < 0x10)
				gdb_reply_char(gs, '0');
			gdb_reply_hexnum(gs, i);
			gdb_reply_char(gs, ':');
			gdb_reply_hex(gs, gs->regs + off, r->size);
			gdb_reply_char(gs, ';');
		}
		off += r->size;
	}
}

static void stop_reason(struct uk_gdbstub *gs)
{
	const struct uk_gdbstub_stop *st = &gs->stop;
	const char *watch = NULL;

	switch (st->kind) {
	case UK_GDBSTUB_STOP_SWBREAK:
		if (gs->peer_swbreak)
			gdb_reply_str(gs, "swbreak:;");
		return;
	case UK_GDBSTUB_STOP_HWBREAK:
		if (gs->peer_hwbreak)
			gdb_reply_str(gs, "hwbreak:;");
		return;
	case UK_GDBSTUB_STOP_WATCH:
		watch = "watch:";
		break;
	case UK_GDBSTUB_STOP_RWATCH:
		watch = "rwatch:";
		break;
	case UK_GDBSTUB_STOP_AWATCH:
		watch = "awatch:";
		break;
	case UK_GDBSTUB_STOP_SIGNAL:
		return;
	}
	if (watch) {
		gdb_reply_str(gs, watch);
		gdb_reply_hexnum(gs, st->addr);
		gdb_reply_char(gs, ';');
	}
}

static void stop_thread(struct uk_gdbstub *gs, unsigned long id)
{
	gdb_reply_str(gs, "thread:");
	gdb_reply_hexnum(gs, id);
	gdb_reply_char(gs, ';');
}

/* The name goes hex-encoded ("hexname"): a thread may call itself
 * anything, ';' included. */
static void stop_name(struct uk_gdbstub *gs, unsigned long id)
{
	struct uk_gdbstub_thread t;

	if (gdb_thread_describe(gs, id, &t) == 0 && t.name && *t.name) {
		gdb_reply_str(gs, "hexname:");
		gdb_reply_hex(gs, t.name, strlen(t.name));
		gdb_reply_char(gs, ';');
	}
}

void gdb_stop_reply(struct uk_gdbstub *gs)
{
	unsigned long id = gdb_thread_current(gs);

	gdb_reply_char(gs, 'T');
	gdb_reply_hex2(gs, (unsigned int)gs->stop.signal & 0xff);
	stop_expedite(gs, id);
	stop_thread(gs, id);
	if (gs->peer_names)
		stop_name(gs, id);
	stop_reason(gs);
}

void gdb_stop_reply_thread(struct uk_gdbstub *gs, unsigned long id)
{
	if (id == gdb_thread_current(gs)) {
		gdb_stop_reply(gs);
		return;
	}
	gdb_reply_str(gs, "T00");
	stop_expedite(gs, id);
	stop_thread(gs, id);
	stop_name(gs, id);
}
