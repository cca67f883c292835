/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The XML documents of qXfer objects made by the stub (threads, the
 * memory map), produced piece by piece and cut to the window
 * [off, off + n) the debugger asked for: a document is made again for
 * each slice (it does not change while the CPU is stopped), so it needs
 * no buffer of its own.
 */
#include <string.h>
#include "gdbstub_internal.h"
#include "hex.h"

void gdb_xml_put(struct gdb_xml_window *w, const char *s, size_t n)
{
	uint64_t lo = MAX(w->pos, w->off), hi = MIN(w->pos + n, w->end);

	if (lo < hi)
		gdb_reply_raw(w->gs, s + (lo - w->pos), (size_t)(hi - lo));
	w->pos += n;
}

void gdb_xml_str(struct gdb_xml_window *w, const char *s)
{
	gdb_xml_put(w, s, strlen(s));
}

void gdb_xml_text(struct gdb_xml_window *w, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '<':
			gdb_xml_str(w, "&lt;");
			break;
		case '>':
			gdb_xml_str(w, "&gt;");
			break;
		case '&':
			gdb_xml_str(w, "&amp;");
			break;
		case '"':
			gdb_xml_str(w, "&quot;");
			break;
		default:
			gdb_xml_put(w, s, 1);
		}
	}
}

void gdb_xml_hex(struct gdb_xml_window *w, uint64_t v)
{
	char num[18];
	size_t n = 0;

	num[n++] = '0';
	num[n++] = 'x';
	for (int sh = 60; sh >= 0; sh -= 4)
		if ((v >> sh) || !sh)
			num[n++] = gdb_hex_digit((unsigned int)(v >> sh));
	gdb_xml_put(w, num, n);
}

bool gdb_xml_reply(struct uk_gdbstub *gs, const char *args, size_t len,
		   struct gdb_xml_window *w)
{
	const char *p = args, *end = args + len;
	uint64_t off, n;

	if (!gdb_parse_char(&p, end, ':')) {
		gdb_reply_error(gs, GDB_E_ANNEX);
		return false;
	}
	if (!gdb_parse_range(p, end, &off, &n)) {
		gdb_reply_error(gs, GDB_E_SYNTAX);
		return false;
	}
	/* Binary data, escaped when framed: half the room is safe. */
	n = MIN(n, (gdb_reply_room(gs) - 1) / 2);
	*w = (struct gdb_xml_window){ .gs = gs, .off = off, .end = off + n };
	gdb_reply_char(gs, 'm');
	return true;
}

void gdb_xml_end(struct gdb_xml_window *w)
{
	if (w->pos <= w->end)
		w->gs->reply[0] = 'l';
}
