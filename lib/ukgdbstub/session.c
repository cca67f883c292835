/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The GDB stub's session: setup, the loop that serves the debugger while
 * the CPU is stopped, the command table that sends each packet to its
 * gdb_cmd_* handler, and the end of a connection. Packets it does not know
 * get the empty reply, which the protocol defines as "not supported".
 */
#include <string.h>
#include "gdbstub_internal.h"

struct gdb_cmd {
	const char *name;
	bool exact; /* the whole packet, else a prefix before arguments */
	gdb_cmd_fn fn;
};

/*
 * Looked up in order, first match wins. Names that other packets extend
 * are exact ("qC" is not "qCRC:..."); qSupported and qAttached come bare or
 * with ":arguments".
 */
static const struct gdb_cmd gdb_cmds[] = {
	{ "?", true, gdb_cmd_stopped },
	{ "g", true, gdb_cmd_g },
	{ "G", false, gdb_cmd_G },
	{ "p", false, gdb_cmd_p },
	{ "P", false, gdb_cmd_P },
	{ "m", false, gdb_cmd_m },
	{ "M", false, gdb_cmd_M },
	{ "X", false, gdb_cmd_X },
	{ "x", false, gdb_cmd_x },
	{ "c", false, gdb_cmd_c },
	{ "C", false, gdb_cmd_C },
	{ "s", false, gdb_cmd_s },
	{ "S", false, gdb_cmd_S },
	{ "vCont?", true, gdb_cmd_vcont_query },
	{ "vCont;", false, gdb_cmd_vcont },
	{ "k", false, gdb_cmd_k },
	{ "D", false, gdb_cmd_D },
	{ "Z", false, gdb_cmd_Z },
	{ "z", false, gdb_cmd_z },
	{ "H", false, gdb_cmd_H },
	{ "T", false, gdb_cmd_T },
	{ "qSupported", true, gdb_cmd_qsupported },
	{ "qSupported:", false, gdb_cmd_qsupported },
	{ "QStartNoAckMode", true, gdb_cmd_noack },
	{ "qXfer:features:read:", false, gdb_cmd_qxfer_features },
	{ "qXfer:threads:read:", false, gdb_cmd_qxfer_threads },
	{ "qXfer:memory-map:read:", false, gdb_cmd_qxfer_memory_map },
	{ "qXfer:lantern.core:read:", false, gdb_cmd_qxfer_core },
	{ "qLantern.core.stream:", false, gdb_cmd_core_stream },
	{ "qAttached", true, gdb_cmd_qattached },
	{ "qAttached:", false, gdb_cmd_qattached },
	{ "qC", true, gdb_cmd_qc },
	{ "qfThreadInfo", true, gdb_cmd_qfthreadinfo },
	{ "qsThreadInfo", true, gdb_cmd_qsthreadinfo },
	{ "qThreadExtraInfo,", false, gdb_cmd_qthreadextrainfo },
	{ "qThreadStopInfo", false, gdb_cmd_qthreadstopinfo },
	{ "qOffsets", true, gdb_cmd_qoffsets },
	{ "qHostInfo", true, gdb_cmd_qhostinfo },
	{ "qRegisterInfo", false, gdb_cmd_qregisterinfo },
	{ "qRcmd,", false, gdb_cmd_qrcmd },
};

static const struct gdb_cmd *cmd_find(const char *pkt, size_t len)
{
	for (size_t i = 0; i < ARRAY_SIZE(gdb_cmds); i++) {
		const struct gdb_cmd *cmd = &gdb_cmds[i];
		size_t n = strlen(cmd->name);

		if (len < n || memcmp(pkt, cmd->name, n) != 0)
			continue;
		if (!cmd->exact || len == n)
			return cmd;
	}
	return NULL;
}

int uk_gdbstub_init(struct uk_gdbstub *gs, const struct uk_gdbstub_io *io,
		    const struct uk_gdbstub_target *target)
{
	const struct uk_gdbstub_arch *arch = target ? target->arch : NULL;
	const struct uk_gdbstub_ops *ops = target ? target->ops : NULL;
	size_t len = 0, pc_off = 0, g_len = 0;
	bool have_pc = false;

	if (!io || !io->getc || !io->write || !arch || !ops)
		return -1;
	if (!ops->regs_read || !ops->regs_write || !ops->mem_read ||
	    !ops->mem_write || !ops->text_write)
		return -1;
	if (ops->hw_insert && (!ops->hw_remove || !ops->hw_remove_all))
		return -1;
	if (ops->threads &&
	    (!ops->threads->current || !ops->threads->next ||
	     !ops->threads->describe || !ops->threads->regs_read ||
	     !ops->threads->regs_write))
		return -1;
	if (!arch->regs || !arch->nregs || arch->g_nregs > arch->nregs ||
	    !arch->target_xml || !arch->bp_insn || !arch->bp_len ||
	    arch->bp_len > UK_GDBSTUB_BP_LEN_MAX)
		return -1;
	for (unsigned int i = 0; i < arch->nregs; i++) {
		const struct uk_gdbstub_reg *r = &arch->regs[i];

		if (!r->size || len + r->size > UK_GDBSTUB_REGS_MAX)
			return -1;
		/* A resume address is written into the PC as a uintptr_t. */
		if (i >= UK_GDBSTUB_NREGS_MAX)
			return -1;
		if (r->role == UK_GDBSTUB_ROLE_PC &&
		    r->size == sizeof(uintptr_t)) {
			have_pc = true;
			pc_off = len;
		}
		len += r->size;
		if (i + 1 == arch->g_nregs)
			g_len = len;
	}
	if (!have_pc)
		return -1;

	memset(gs, 0, sizeof(*gs));
	gs->io = io;
	gs->target = target;
	gs->regs_len = len;
	gs->g_len = g_len ? g_len : len;
	gs->pc_off = pc_off;
	gdb_rx_reset(gs);
	return 0;
}

void gdb_session_end(struct uk_gdbstub *gs)
{
	const struct uk_gdbstub_target *t = gs->target;

	gdb_swbp_remove_all(gs);
	if (t->ops->hw_remove_all)
		t->ops->hw_remove_all(t->ctx);
	gs->stats.hwpoints = 0;
	gdb_rx_reset(gs);
	gs->peer_swbreak = false;
	gs->peer_hwbreak = false;
	gs->peer_names = false;
	gs->stop_owed = false;
	gs->thread_g = gs->thread_c = 0;
}

bool uk_gdbstub_rx_feed(struct uk_gdbstub *gs, char c)
{
	enum gdb_rx_event ev = gdb_rx_byte(gs, (uint8_t)c);

	gdb_flush(gs); /* a retransmission after a '-' */
	/* A whole packet came in before the caller could stop the CPU: the
	 * session answers it first, unless another one starts. */
	if (ev == GDB_RX_PACKET || ev == GDB_RX_TOOBIG)
		gs->rx_pending = ev;
	else if (ev == GDB_RX_BEGIN)
		gs->rx_pending = GDB_RX_NONE;
	/* A Ctrl-C waits for the stop it asks for, even from a debugger
	 * that never resumed the guest (it connected and sent 0x03 first). */
	if (ev == GDB_RX_INTERRUPT)
		gs->stop_owed = true;
	return ev != GDB_RX_NONE;
}

/* Answer the packet in gs->rx; return true when the session is over. */
static bool dispatch(struct uk_gdbstub *gs)
{
	const struct gdb_cmd *cmd = cmd_find(gs->rx, gs->rx_len);
	enum gdb_next next = GDB_REPLY;
	size_t n;

	gdb_reply_reset(gs);
	gs->noack_just_started = false;
	if (cmd) {
		n = strlen(cmd->name);
		next = cmd->fn(gs, gs->rx + n, gs->rx_len - n);
	}
	if (next == GDB_RESUME)
		gdb_send_ack(gs);
	else
		gdb_send_reply(gs);
	if (next == GDB_REPLY)
		return false;

	switch (gs->verdict.action) {
	case UK_GDBSTUB_CONTINUE:
	case UK_GDBSTUB_STEP:
		gs->stop_owed = true;
		break;
	default:
		/* Detach or kill: after the reply, the connection is over. */
		gdb_session_end(gs);
		break;
	}
	return true;
}

void uk_gdbstub_session(struct uk_gdbstub *gs,
			const struct uk_gdbstub_stop *stop,
			struct uk_gdbstub_resume *resume)
{
	gs->stop = *stop;
	gs->stats.stops++;
	if (gs->stop_owed) {
		gs->stop_owed = false;
		/* gdb takes the thread a stop reply names as the one Hg chose
		 * (remote.c's record_currthread). */
		gs->thread_g = 0;
		gdb_reply_reset(gs);
		gdb_stop_reply(gs);
		gdb_send_reply(gs);
	}
	for (;;) {
		enum gdb_rx_event ev = gs->rx_pending;
		int c;

		gs->rx_pending = GDB_RX_NONE;
		if (ev == GDB_RX_NONE) {
			gdb_flush(gs);
			c = gs->io->getc(gs->io->ctx);
			if (c < 0) {
				gdb_session_end(gs);
				gs->verdict.action = UK_GDBSTUB_CLOSED;
				gs->verdict.signal = 0;
				gs->verdict.thread = 0;
				break;
			}
			ev = gdb_rx_byte(gs, (uint8_t)c);
		}
		if (ev == GDB_RX_TOOBIG) {
			gdb_reply_error(gs, GDB_E_TOOBIG);
			gdb_send_reply(gs);
		} else if (ev == GDB_RX_PACKET && dispatch(gs)) {
			break;
		}
		/* A Ctrl-C now is moot: the target is already stopped. */
	}
	gdb_flush(gs);
	*resume = gs->verdict;
}
