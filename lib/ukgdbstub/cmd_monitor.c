/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Monitor commands: "qRcmd,<hex of the command line>" runs the line through
 * the target's monitor hook. Its output goes back as console output
 * packets, "O<hex of text>", as it is produced (no output buffer beyond
 * one packet, so a long listing works), then "OK" ends the command.
 */
#include "gdbstub_internal.h"
#include "hex.h"

/* Send what is in the reply as one "O" packet and start the next. */
static void out_packet(struct uk_gdbstub *gs)
{
	gdb_send_reply(gs);
	gdb_reply_reset(gs);
	gdb_reply_char(gs, 'O');
}

/* The hook's output function: hex text into "O" packets. */
static void out_text(void *arg, const char *s, size_t n)
{
	struct uk_gdbstub *gs = arg;

	while (n) {
		size_t room = gdb_reply_room(gs) / 2;
		size_t k = MIN(n, room);

		if (!k) {
			out_packet(gs);
			continue;
		}
		gdb_reply_hex(gs, s, k);
		s += k;
		n -= k;
	}
}

/* "qRcmd,hex". */
GDB_CMD(gdb_cmd_qrcmd)
{
	const struct uk_gdbstub_target *t = gs->target;
	long n;
	int rc;

	if (!t->ops->monitor)
		return GDB_REPLY;       /* empty: no monitor commands */
	n = gdb_hex_decode(args, args, len);
	if (n < 0) {
		gdb_reply_error(gs, GDB_E_SYNTAX);
		return GDB_REPLY;
	}
	args[n] = '\0';

	gdb_reply_char(gs, 'O');
	rc = t->ops->monitor(t->ctx, args, out_text, gs);
	if (gs->reply_len > 1)
		gdb_send_reply(gs);
	gdb_reply_reset(gs);
	if (rc)
		gdb_reply_error(gs, GDB_E_MONITOR);
	else
		gdb_reply_ok(gs);
	return GDB_REPLY;
}
