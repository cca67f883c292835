/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Building a reply in gs->reply before packet.c frames it. Every append is
 * bounded: one that does not fit marks the reply as overflowed and it goes
 * out as E02, so a handler that forgot a limit sends an error, never past
 * the buffer.
 */
#include <string.h>
#include "gdbstub_internal.h"
#include "hex.h"

void gdb_reply_reset(struct uk_gdbstub *gs)
{
	gs->reply_len = 0;
	gs->reply_binary = false;
	gs->reply_overflow = false;
}

size_t gdb_reply_room(const struct uk_gdbstub *gs)
{
	return sizeof(gs->reply) - gs->reply_len;
}

/* Reserve @n bytes; NULL (and the reply overflowed) when they do not fit. */
static char *reply_take(struct uk_gdbstub *gs, size_t n)
{
	char *p;

	if (gs->reply_overflow || n > gdb_reply_room(gs)) {
		gs->reply_overflow = true;
		return NULL;
	}
	p = gs->reply + gs->reply_len;
	gs->reply_len += n;
	return p;
}

void gdb_reply_char(struct uk_gdbstub *gs, char c)
{
	char *p = reply_take(gs, 1);

	if (p)
		*p = c;
}

void gdb_reply_str(struct uk_gdbstub *gs, const char *s)
{
	size_t n = strlen(s);
	char *p = reply_take(gs, n);

	if (p)
		memcpy(p, s, n);
}

void gdb_reply_raw(struct uk_gdbstub *gs, const void *src, size_t n)
{
	char *p = reply_take(gs, n);

	gs->reply_binary = true;
	if (p)
		memcpy(p, src, n);
}

char *gdb_reply_raw_space(struct uk_gdbstub *gs, size_t n)
{
	gs->reply_binary = true;
	return reply_take(gs, n);
}

void gdb_reply_trim(struct uk_gdbstub *gs, size_t n)
{
	gs->reply_len -= MIN(n, gs->reply_len);
}

void gdb_reply_hex(struct uk_gdbstub *gs, const void *src, size_t n)
{
	char *p = n <= sizeof(gs->reply) / 2 ? reply_take(gs, 2 * n) : NULL;

	if (p)
		gdb_hex_encode(p, src, n);
	else
		gs->reply_overflow = true;
}

void gdb_reply_hexnum(struct uk_gdbstub *gs, uint64_t v)
{
	int shift = 60;

	while (shift > 0 && !(v >> shift))
		shift -= 4;
	for (; shift >= 0; shift -= 4)
		gdb_reply_char(gs, gdb_hex_digit((unsigned int)(v >> shift)));
}

void gdb_reply_hex2(struct uk_gdbstub *gs, unsigned int v)
{
	gdb_reply_char(gs, gdb_hex_digit(v >> 4));
	gdb_reply_char(gs, gdb_hex_digit(v));
}

void gdb_reply_dec(struct uk_gdbstub *gs, uint64_t v)
{
	char digits[20];
	int n = 0;

	do {
		digits[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n)
		gdb_reply_char(gs, digits[--n]);
}

void gdb_reply_error(struct uk_gdbstub *gs, unsigned int code)
{
	gdb_reply_reset(gs);
	gdb_reply_char(gs, 'E');
	gdb_reply_hex2(gs, code);
}

void gdb_reply_ok(struct uk_gdbstub *gs)
{
	gdb_reply_str(gs, "OK");
}
