/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Memory packets: 'm' reads (hex), 'M' writes hex, 'X' writes binary
 * (escaped with '}' and c ^ 0x20), 'x' reads binary (LLDB's packet; gdb
 * would want a 'b' before the data and "binary-upload" in qSupported, so
 * it is not offered to gdb). All go through swbreak.c so breakpoint
 * instructions stay invisible, and through the target's nofault accessors,
 * so a bad address is an error reply, never a fault. A read that stops
 * at an inaccessible byte returns what it got, as the protocol allows; a
 * write must be complete or it is an error.
 */
#include "gdbstub_internal.h"
#include "hex.h"

/* Parse "addr,len" and the character that ends it (':' or none). */
static bool parse_range(const char **p, const char *end, char sep,
			uintptr_t *addr, size_t *n)
{
	uint64_t a, l;

	if (!gdb_parse_hex(p, end, &a) || !gdb_parse_char(p, end, ',') ||
	    !gdb_parse_hex(p, end, &l))
		return false;
	if ((uintptr_t)a != a || (size_t)l != l)
		return false; /* a 32-bit target */
	if (sep ? !gdb_parse_char(p, end, sep) : *p != end)
		return false;
	*addr = (uintptr_t)a;
	*n = (size_t)l;
	return true;
}

/*
 * "m addr,len" (hex) and "x addr,len" (binary). More than a reply holds
 * is cut short, which the protocol allows; the request is parsed, so its
 * buffer holds the bytes meanwhile. Binary escapes may double the bytes,
 * so both read at most half the reply: the framed packet stays within the
 * size the debugger was told.
 */
static enum gdb_next mem_read_reply(struct uk_gdbstub *gs, const char *args,
				    size_t len, bool binary)
{
	const char *p = args;
	uintptr_t addr;
	size_t n, done;

	if (!parse_range(&p, args + len, 0, &addr, &n)) {
		gdb_reply_error(gs, GDB_E_SYNTAX);
		return GDB_REPLY;
	}
	if (!n) {
		/* m: nothing; x: LLDB asking whether the packet exists. */
		if (binary)
			gdb_reply_ok(gs);
		return GDB_REPLY;
	}
	n = MIN(n, gdb_reply_room(gs) / 2);
	done = gdb_mem_read(gs, addr, gs->rx, n);
	if (!done)
		gdb_reply_error(gs, GDB_E_FAULT);
	else if (binary)
		gdb_reply_raw(gs, gs->rx, done);
	else
		gdb_reply_hex(gs, gs->rx, done);
	return GDB_REPLY;
}

GDB_CMD(gdb_cmd_m)
{
	return mem_read_reply(gs, args, len, false);
}

GDB_CMD(gdb_cmd_x)
{
	return mem_read_reply(gs, args, len, true);
}

static void mem_write_reply(struct uk_gdbstub *gs, uintptr_t addr,
			    const void *buf, size_t n)
{
	if (gdb_mem_write(gs, addr, buf, n) != n)
		gdb_reply_error(gs, GDB_E_FAULT);
	else
		gdb_reply_ok(gs);
}

/* "M addr,len:XX...". */
GDB_CMD(gdb_cmd_M)
{
	const char *p = args, *end = args + len;
	uintptr_t addr;
	size_t n;

	if (!parse_range(&p, end, ':', &addr, &n) ||
	    (size_t)(end - p) / 2 != n ||
	    gdb_hex_decode(args, p, (size_t)(end - p)) < 0)
		gdb_reply_error(gs, GDB_E_SYNTAX);
	else
		mem_write_reply(gs, addr, args, n);
	return GDB_REPLY;
}

/* "X addr,len:bytes": binary; "X addr,0:" probes whether X works. */
GDB_CMD(gdb_cmd_X)
{
	const char *p = args, *end = args + len;
	uintptr_t addr;
	size_t n, o = 0;
	bool torn = false;

	if (!parse_range(&p, end, ':', &addr, &n)) {
		gdb_reply_error(gs, GDB_E_SYNTAX);
		return GDB_REPLY;
	}
	/* Unescape in place: the output never catches up with the input. */
	while (p < end) {
		char c = *p++;

		if (c == '}') {
			if (p == end) {
				torn = true; /* an escape without its byte */
				break;
			}
			c = (char)(*p++ ^ 0x20);
		}
		args[o++] = c;
	}
	if (torn || o != n)
		gdb_reply_error(gs, GDB_E_SYNTAX);
	else
		mem_write_reply(gs, addr, args, n);
	return GDB_REPLY;
}
