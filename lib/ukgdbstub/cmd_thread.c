/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Thread packets: the list (qfThreadInfo/qsThreadInfo, paged: as many ids
 * as fit a reply, the next page from where the last one ended; and
 * qXfer:threads:read, the list with names and states as one XML document,
 * which spares gdb a qThreadExtraInfo per thread), qThreadExtraInfo,
 * qC, LLDB's qThreadStopInfo, 'H' (the thread for registers, Hg, and for
 * 'c'/'s', Hc) and 'T' (alive). Ids are hex, as everywhere.
 */
#include <string.h>
#include "gdbstub_internal.h"
#include "hex.h"

/* Room kept free behind a page of ids: one more id and the comma. */
#define ID_ROOM 18

/* "qC": the thread that stopped. */
GDB_CMD(gdb_cmd_qc)
{
	gdb_reply_str(gs, "QC");
	gdb_reply_hexnum(gs, gdb_thread_current(gs));
	return GDB_REPLY;
}

/* One page of the thread list, from the thread after gs->thread_cursor. */
static void thread_page(struct uk_gdbstub *gs)
{
	unsigned long id = gdb_thread_next(gs, gs->thread_cursor);

	if (!id) {
		gdb_reply_char(gs, 'l');
		return;
	}
	gdb_reply_char(gs, 'm');
	for (bool first = true; id; id = gdb_thread_next(gs, id)) {
		if (gdb_reply_room(gs) < ID_ROOM)
			break;
		if (!first)
			gdb_reply_char(gs, ',');
		gdb_reply_hexnum(gs, id);
		gs->thread_cursor = id;
		first = false;
	}
}

/* "qfThreadInfo": the first page; "qsThreadInfo": the next, 'l' at the
 * end. */
GDB_CMD(gdb_cmd_qfthreadinfo)
{
	gs->thread_cursor = 0;
	thread_page(gs);
	return GDB_REPLY;
}

GDB_CMD(gdb_cmd_qsthreadinfo)
{
	thread_page(gs);
	return GDB_REPLY;
}

/* Append @s to @buf (@size bytes, NUL-terminated), as much as fits. */
static void cat(char *buf, size_t size, const char *s)
{
	size_t n = strlen(buf);

	while (*s && n + 1 < size)
		buf[n++] = *s++;
	buf[n] = '\0';
}

/* "state" or "state: detail". */
static void state_text(const struct uk_gdbstub_thread *t, char *buf,
		       size_t size)
{
	buf[0] = '\0';
	if (t->state)
		cat(buf, size, t->state);
	if (t->state && t->detail)
		cat(buf, size, ": ");
	if (t->detail)
		cat(buf, size, t->detail);
}

/* Parse a thread id, the whole of [@p, @end). */
static bool parse_id(const char *p, const char *end, unsigned long *id)
{
	uint64_t v;

	if (!gdb_parse_hex(&p, end, &v) || p != end || v != (unsigned long)v)
		return false;
	*id = (unsigned long)v;
	return true;
}

/* "qThreadExtraInfo,<id>": "name (state: detail)", hex-encoded. */
GDB_CMD(gdb_cmd_qthreadextrainfo)
{
	struct uk_gdbstub_thread t;
	unsigned long id;
	char text[96], state[48];

	if (!parse_id(args, args + len, &id)) {
		gdb_reply_error(gs, GDB_E_SYNTAX);
		return GDB_REPLY;
	}
	if (gdb_thread_describe(gs, id, &t) < 0) {
		gdb_reply_error(gs, GDB_E_THREAD);
		return GDB_REPLY;
	}
	state_text(&t, state, sizeof(state));
	text[0] = '\0';
	if (t.name)
		cat(text, sizeof(text), t.name);
	if (t.name && state[0])
		cat(text, sizeof(text), " (");
	cat(text, sizeof(text), state);
	if (t.name && state[0])
		cat(text, sizeof(text), ")");
	gdb_reply_hex(gs, text, strlen(text));
	return GDB_REPLY;
}

/* The XML document of qXfer:threads (the window: gdb_xml_*). */
static void xml_threads(struct gdb_xml_window *w)
{
	struct uk_gdbstub *gs = w->gs;
	char num[24], state[48];

	gdb_xml_str(w, "<?xml version=\"1.0\"?>\n<threads>\n");
	for (unsigned long id = gdb_thread_next(gs, 0); id;
	     id = gdb_thread_next(gs, id)) {
		struct uk_gdbstub_thread t;
		size_t n;

		if (gdb_thread_describe(gs, id, &t) < 0)
			continue;
		n = 0;
		num[n++] = '"';
		for (int sh = 60; sh >= 0; sh -= 4)
			if ((id >> sh) || !sh)
				num[n++] =
				    gdb_hex_digit((unsigned int)(id >> sh));
		num[n++] = '"';
		gdb_xml_str(w, "<thread id=");
		gdb_xml_put(w, num, n);
		if (t.name && *t.name) {
			gdb_xml_str(w, " name=\"");
			gdb_xml_text(w, t.name);
			gdb_xml_str(w, "\"");
		}
		gdb_xml_str(w, ">");
		state_text(&t, state, sizeof(state));
		gdb_xml_text(w, state);
		gdb_xml_str(w, "</thread>\n");
	}
	gdb_xml_str(w, "</threads>\n");
}

/* "qXfer:threads:read::offset,length": 'm' and a slice, 'l' and the last
 * one. */
GDB_CMD(gdb_cmd_qxfer_threads)
{
	struct gdb_xml_window w;

	if (gdb_xml_reply(gs, args, len, &w)) {
		xml_threads(&w);
		gdb_xml_end(&w);
	}
	return GDB_REPLY;
}

/* "qThreadStopInfo<id>" (LLDB): why the thread is stopped, its name. */
GDB_CMD(gdb_cmd_qthreadstopinfo)
{
	struct uk_gdbstub_thread t;
	unsigned long id;

	if (!parse_id(args, args + len, &id)) {
		gdb_reply_error(gs, GDB_E_SYNTAX);
		return GDB_REPLY;
	}
	if (gdb_thread_describe(gs, id, &t) < 0) {
		gdb_reply_error(gs, GDB_E_THREAD);
		return GDB_REPLY;
	}
	gdb_stop_reply_thread(gs, id);
	return GDB_REPLY;
}

/*
 * Parse a thread id to the end of [@p, @end) into *@id: -1 (all) and 0
 * (any) as 0 when @any_ok, else a thread that exists. Return 0 or the
 * error.
 */
static int thread_parse(struct uk_gdbstub *gs, const char *p, const char *end,
			bool any_ok, unsigned long *id)
{
	struct uk_gdbstub_thread t;

	if (any_ok && end - p == 2 && p[0] == '-' && p[1] == '1') {
		*id = 0;
		return 0;
	}
	if (!parse_id(p, end, id))
		return GDB_E_SYNTAX;
	if (any_ok && *id == 0)
		return 0;
	return gdb_thread_describe(gs, *id, &t) < 0 ? GDB_E_THREAD : 0;
}

/* "Hg<tid>", "Hc<tid>": select the thread for registers or resuming. */
GDB_CMD(gdb_cmd_H)
{
	unsigned long id = 0;
	int rc = GDB_E_SYNTAX;

	if (len && (args[0] == 'g' || args[0] == 'c'))
		rc = thread_parse(gs, args + 1, args + len, true, &id);
	if (rc) {
		gdb_reply_error(gs, (unsigned int)rc);
		return GDB_REPLY;
	}
	if (args[0] == 'g')
		gs->thread_g = id;
	else
		gs->thread_c = id;
	gdb_reply_ok(gs);
	return GDB_REPLY;
}

/* "T<tid>": is the thread alive. */
GDB_CMD(gdb_cmd_T)
{
	unsigned long id;
	int rc = thread_parse(gs, args, args + len, false, &id);

	if (rc)
		gdb_reply_error(gs, (unsigned int)rc);
	else
		gdb_reply_ok(gs);
	return GDB_REPLY;
}
