/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The last events on the crash screen. The crash may have hit inside the
 * recorder, so nothing here waits for it or trusts it: the ring's state is
 * copied once, each record and each string is copied through nofault (or
 * only where memory is mapped) before it is looked at, and a record that
 * cannot be ends the list.
 */
#include <string.h>
#include <uk/nofault.h>
#include <uk/plat/trap.h>
#include "crash_arch.h"
#include "trace_crash.h"
#include "trace_internal.h"

#define NAME_MAX 48
#define FMT_MAX	 128
#define LINE_MAX 200

/* Copy @len bytes from @src; false when they cannot be read. */
static bool safe_copy(void *dst, const void *src, size_t len)
{
	if (IS_ENABLED(CONFIG_LIBUKNOFAULT))
		return uk_nofault_memcpy(dst, src, len, UK_NOFAULT_NOREPORT) ==
		       len;
	if (!ukplat_mem_mapped((unsigned long)src, len))
		return false;
	memcpy(dst, src, len);
	return true;
}

/* Copy the string at @src (truncated to @size - 1) a byte at a time. */
static bool safe_string(char *dst, size_t size, const char *src)
{
	size_t i;

	for (i = 0; i + 1 < size; i++) {
		if (!safe_copy(&dst[i], src + i, 1))
			return false;
		if (!dst[i])
			return true;
	}
	dst[i] = '\0';
	return true;
}

void crash_trace_events(void)
{
	const uint64_t want = CONFIG_LIBUKDEBUG_CRASH_TRACE_EVENTS;
	const unsigned int tps = trace_tp_count();
	uint8_t rec[TRACE_REC_MAX];
	struct uk_trace_ring r;
	struct trace_cursor c;
	uint64_t count = 0, skip;
	char name[NAME_MAX], fmt[FMT_MAX], line[LINE_MAX];
	long at;

	if (!want || !safe_copy(&r, &uk_trace_ring, sizeof(r)) ||
	    r.size != CONFIG_LIBUKDEBUG_TRACE_BUFSIZE)
		return;
	trace_cursor_init(&c, &r);
	while (trace_cursor_next(&c, &r, uk_trace_buf) >= 0)
		count++;
	skip = count > want ? count - want : 0;
	crash_line("Last %llu trace events (of %llu recorded):",
		   (unsigned long long)(count - skip),
		   (unsigned long long)r.recorded);
	trace_cursor_init(&c, &r);
	for (uint64_t i = 0;
	     (at = trace_cursor_next(&c, &r, uk_trace_buf)) >= 0; i++) {
		struct uk_tracepoint tp;
		struct uk_trace_event ev;

		if (i < skip)
			continue;
		if (!safe_copy(&ev, uk_trace_buf + at, sizeof(ev)) ||
		    ev.size > sizeof(rec) || ev.id >= tps ||
		    !safe_copy(rec, uk_trace_buf + at, ev.size) ||
		    !safe_copy(&tp, &__uk_tp_start[ev.id], sizeof(tp)) ||
		    !safe_string(name, sizeof(name), tp.name) ||
		    !safe_string(fmt, sizeof(fmt), tp.fmt)) {
			crash_line("(unreadable trace event)");
			return;
		}
		trace_format_event(line, sizeof(line), rec, ev.size, &tp, name,
				   fmt);
		crash_line("%s", line);
	}
}
