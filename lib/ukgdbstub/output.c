/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Text for the debugger's console: "O<hex of text>" packets, one reply
 * buffer at a time, so any amount fits. Monitor commands send their output
 * this way while the debugger waits for their answer; the guest's console
 * does while the debugger waits for a stop, which is the other moment the
 * protocol allows them.
 */
#include "gdbstub_internal.h"

void gdb_out_begin(struct uk_gdbstub *gs)
{
	gdb_reply_reset(gs);
	gdb_reply_char(gs, 'O');
}

void gdb_out_text(void *arg, const char *s, size_t n)
{
	struct uk_gdbstub *gs = arg;

	while (n) {
		size_t k = MIN(n, gdb_reply_room(gs) / 2);

		if (!k) {
			gdb_send_reply(gs);
			gdb_out_begin(gs);
			continue;
		}
		gdb_reply_hex(gs, s, k);
		s += k;
		n -= k;
	}
}

void gdb_out_end(struct uk_gdbstub *gs)
{
	if (gs->reply_len > 1)
		gdb_send_reply(gs);
	gdb_reply_reset(gs);
}

bool uk_gdbstub_console_write(struct uk_gdbstub *gs, const char *s, size_t len)
{
	if (!gs->stop_owed)
		return false;
	gdb_out_begin(gs);
	gdb_out_text(gs, s, len);
	gdb_out_end(gs);
	gdb_flush(gs);
	return true;
}
