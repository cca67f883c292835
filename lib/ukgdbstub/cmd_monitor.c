/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Monitor commands: "qRcmd,<hex of the command line>" runs the line through
 * the target's monitor hook. Its output goes back as console output
 * packets as it is produced (output.c: no buffer beyond one packet, so a
 * long listing works), then "OK" ends the command.
 */
#include "gdbstub_internal.h"
#include "hex.h"

/* "qRcmd,hex". */
GDB_CMD(gdb_cmd_qrcmd)
{
	const struct uk_gdbstub_target *t = gs->target;
	long n;
	int rc;

	if (!t->ops->monitor)
		return GDB_REPLY; /* empty: no monitor commands */
	n = gdb_hex_decode(args, args, len);
	if (n < 0) {
		gdb_reply_error(gs, GDB_E_SYNTAX);
		return GDB_REPLY;
	}
	args[n] = '\0';

	gdb_out_begin(gs);
	rc = t->ops->monitor(t->ctx, args, gdb_out_text, gs);
	gdb_out_end(gs);
	if (rc)
		gdb_reply_error(gs, GDB_E_MONITOR);
	else
		gdb_reply_ok(gs);
	return GDB_REPLY;
}
