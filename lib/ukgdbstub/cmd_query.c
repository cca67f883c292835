/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Query and setup packets a debugger sends on connecting: features
 * (qSupported), no-ack mode, the target description (qXfer), qAttached
 * and qOffsets. The thread packets are cmd_thread.c's.
 */
#include <string.h>
#include "gdbstub_internal.h"
#include "hex.h"

/* Whether the ';'-separated list [@p, @end) holds the item @item. */
static bool list_has(const char *p, const char *end, const char *item)
{
	size_t n = strlen(item);

	while (p < end) {
		const char *e = p;

		while (e < end && *e != ';')
			e++;
		if ((size_t)(e - p) == n && memcmp(p, item, n) == 0)
			return true;
		p = e + 1;
	}
	return false;
}

/* "qSupported[:features]": what the debugger understands, and what we do. */
GDB_CMD(gdb_cmd_qsupported)
{
	gs->peer_swbreak = list_has(args, args + len, "swbreak+");
	gs->peer_hwbreak = list_has(args, args + len, "hwbreak+");

	gdb_reply_str(gs, "PacketSize=");
	gdb_reply_hexnum(gs, UK_GDBSTUB_PACKET_SIZE);
	gdb_reply_str(gs, ";QStartNoAckMode+;swbreak+");
	if (gs->target->ops->hw_insert)
		gdb_reply_str(gs, ";hwbreak+");
	gdb_reply_str(gs, ";qXfer:features:read+;qXfer:threads:read+"
			  ";vContSupported+");
	if (gs->target->ops->memory_map)
		gdb_reply_str(gs, ";qXfer:memory-map:read+");
	return GDB_REPLY;
}

/* "QStartNoAckMode": this packet was acked and its "OK" is acked by the
 * debugger; nothing after it is. */
GDB_CMD(gdb_cmd_noack)
{
	gs->noack = true;
	gs->noack_just_started = true;
	gdb_reply_ok(gs);
	return GDB_REPLY;
}

/* "qXfer:features:read:target.xml:offset,length": a slice of the target
 * description, 'm' when more follows, 'l' for the last one. */
GDB_CMD(gdb_cmd_qxfer_features)
{
	static const char annex[] = "target.xml:";
	const char *xml = gs->target->arch->target_xml;
	const char *p = args + sizeof(annex) - 1, *end = args + len;
	size_t total = strlen(xml);
	uint64_t off, n;

	if (len < sizeof(annex) - 1 ||
	    memcmp(args, annex, sizeof(annex) - 1) != 0) {
		gdb_reply_error(gs, GDB_E_ANNEX);
		return GDB_REPLY;
	}
	if (!gdb_parse_range(p, end, &off, &n)) {
		gdb_reply_error(gs, GDB_E_SYNTAX);
		return GDB_REPLY;
	}
	if (off >= total) {
		gdb_reply_char(gs, 'l');
		return GDB_REPLY;
	}
	/* The slice is binary data (escaped when framed): at most a reply. */
	n = MIN(n, MIN(total - off, gdb_reply_room(gs) - 1));
	gdb_reply_char(gs, off + n == total ? 'l' : 'm');
	gdb_reply_raw(gs, xml + off, n);
	return GDB_REPLY;
}

/* "qXfer:lantern.core:read::offset,length": a slice of the target's crash
 * dump (docs/crashdump.md), offset 0 starting a new one; 'l' with the
 * slice that reaches the end. Empty reply when the target has none. */
GDB_CMD(gdb_cmd_qxfer_core)
{
	const struct uk_gdbstub_target *t = gs->target;
	const char *p = args, *end = args + len;
	uint64_t off, n, size;
	size_t room, keep;
	char *buf;

	if (!t->ops->core_size)
		return GDB_REPLY;
	if (!gdb_parse_char(&p, end, ':')) {
		gdb_reply_error(gs, GDB_E_ANNEX);
		return GDB_REPLY;
	}
	if (!gdb_parse_range(p, end, &off, &n)) {
		gdb_reply_error(gs, GDB_E_SYNTAX);
		return GDB_REPLY;
	}
	size = t->ops->core_size(t->ctx, off == 0);
	/*
	 * Binary data, escaped when framed: read what the reply holds in
	 * place, in one call, then keep what fits the packet once escaped
	 * (the rest comes again in the next slice). Few bytes of a dump need
	 * escapes: slices come close to the packet size.
	 */
	gdb_reply_char(gs, 'm');
	room = gdb_reply_room(gs);
	n = off < size ? MIN(n, MIN(room, size - off)) : 0;
	buf = gdb_reply_raw_space(gs, n);
	if (n)
		t->ops->core_read(t->ctx, off, buf, n);
	keep = gdb_binary_fit(buf, n, room);
	gdb_reply_trim(gs, n - keep);
	if (off + keep >= size)
		gs->reply[0] = 'l';
	return GDB_REPLY;
}

/*
 * Into the channel's own send buffer where it has one, else through the
 * reply buffer: one copy of each byte in the guest either way.
 */
static void stream_core(struct uk_gdbstub *gs, uint64_t off, uint64_t n)
{
	const struct uk_gdbstub_target *t = gs->target;
	const struct uk_gdbstub_io *io = gs->io;

	while (n) {
		char *buf = NULL;
		size_t room =
		    io->write_room ? io->write_room(io->ctx, &buf) : 0;
		size_t k;

		if (!room) {
			buf = gs->reply;
			room = sizeof(gs->reply);
		}
		k = MIN(n, room);
		t->ops->core_read(t->ctx, off, buf, k);
		if (buf == gs->reply)
			io->write(io->ctx, buf, k);
		else
			io->write_commit(io->ctx, k);
		gs->stats.bytes_out += k;
		off += k;
		n -= k;
	}
}

/*
 * "qLantern.core.stream:offset,length": the crash dump without packet
 * framing, for lantern-core fetch (docs/crashdump.md). Offset 0 lays out
 * a new dump. The stub sends "b<count>,<size>" (hex), then exactly count
 * raw bytes (count = what of @length the dump has from @offset on), then
 * "OK". A reader that knows the count needs no escapes, and the guest
 * touches each byte once: the stream runs at the channel's own rate.
 * Empty reply when the target has no dumps.
 */
GDB_CMD(gdb_cmd_core_stream)
{
	const struct uk_gdbstub_target *t = gs->target;
	const char *p = args, *end = args + len;
	uint64_t off, n, size;

	if (!t->ops->core_size)
		return GDB_REPLY;
	if (!gdb_parse_range(p, end, &off, &n)) {
		gdb_reply_error(gs, GDB_E_SYNTAX);
		return GDB_REPLY;
	}
	size = t->ops->core_size(t->ctx, off == 0);
	n = off < size ? MIN(n, size - off) : 0;
	gdb_reply_char(gs, 'b');
	gdb_reply_hexnum(gs, n);
	gdb_reply_char(gs, ',');
	gdb_reply_hexnum(gs, size);
	gdb_send_reply(gs);
	stream_core(gs, off, n);
	gdb_reply_reset(gs);
	gdb_reply_ok(gs);
	return GDB_REPLY;
}

/* "qAttached": 1, we attached to an existing process (so "quit" detaches
 * instead of killing the guest). */
GDB_CMD(gdb_cmd_qattached)
{
	gdb_reply_char(gs, '1');
	return GDB_REPLY;
}

/* "qOffsets": the kernel runs where it was linked. */
GDB_CMD(gdb_cmd_qoffsets)
{
	gdb_reply_str(gs, "Text=0;Data=0;Bss=0");
	return GDB_REPLY;
}
