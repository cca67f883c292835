/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * `trace dump [N]` (text, one line per event, oldest first) and `trace dump
 * --raw` (a 64-byte header and the events without paddings, as base64
 * between BEGIN and END lines, checked by a CRC-32), for
 * support/lantern-trace. Recording pauses while a dump reads the ring, so
 * that what is printed is one consistent ring; events fired meanwhile are
 * counted as dropped.
 */
#include <string.h>
#include <uk/base64.h>
#include <uk/crc32.h>
#include <uk/plat/time.h>
#include "trace_dump.h"

#define TEXT_LINE 256

/* Move @c to the first of the last @n events (all when @n is 0). */
static void skip_to_last(struct trace_cursor *c, uint64_t n)
{
	struct trace_cursor scan = *c;
	uint64_t count = 0;

	while (trace_cursor_next(&scan, &uk_trace_ring, uk_trace_buf) >= 0)
		count++;
	for (uint64_t i = 0; n && n < count && i < count - n; i++)
		trace_cursor_next(c, &uk_trace_ring, uk_trace_buf);
}

void trace_dump_text(uint64_t n, uk_backtrace_out_fn out, void *arg)
{
	const unsigned int tps = trace_tp_count();
	struct trace_cursor c;
	char line[TEXT_LINE];
	long at;

	trace_pause();
	trace_cursor_init(&c, &uk_trace_ring);
	uk_backtrace_printf(out, arg, "# %llu events, %llu overwritten",
			    (unsigned long long)(uk_trace_ring.recorded -
						 uk_trace_ring.overwritten),
			    (unsigned long long)uk_trace_ring.overwritten);
	skip_to_last(&c, n);
	while ((at = trace_cursor_next(&c, &uk_trace_ring, uk_trace_buf)) >=
	       0) {
		const struct uk_trace_event *ev =
		    (const void *)(uk_trace_buf + at);
		const struct uk_tracepoint *tp;

		if (ev->id >= tps)
			continue;
		tp = &__uk_tp_start[ev->id];
		trace_format_event(line, sizeof(line), uk_trace_buf + at,
				   ev->size, tp, tp->name, tp->fmt);
		out(arg, line);
	}
	trace_resume();
}

void trace_dump_raw(uk_backtrace_out_fn out, void *arg)
{
	struct uk_trace_dump_hdr h = {
		.magic = "UKTRDMP",
		.version = UK_TRACE_FORMAT_VERSION,
		.hdr_size = sizeof(h),
	};
	struct uk_base64_enc enc;
	struct trace_cursor c;
	long at;

	trace_pause();
	h.now_ns = ukplat_monotonic_ns();
	h.recorded = uk_trace_ring.recorded;
	h.overwritten = uk_trace_ring.overwritten;
	h.tp_count = trace_tp_count();
	trace_cursor_init(&c, &uk_trace_ring);
	while ((at = trace_cursor_next(&c, &uk_trace_ring, uk_trace_buf)) >=
	       0) {
		const struct uk_trace_event *ev =
		    (const void *)(uk_trace_buf + at);

		h.count++;
		h.payload_size += ev->size;
		h.payload_crc32 =
		    uk_crc32(h.payload_crc32, uk_trace_buf + at, ev->size);
	}
	out(arg, "-----BEGIN LANTERN TRACE-----");
	uk_base64_init(&enc, out, arg);
	uk_base64_update(&enc, &h, sizeof(h));
	trace_cursor_init(&c, &uk_trace_ring);
	while ((at = trace_cursor_next(&c, &uk_trace_ring, uk_trace_buf)) >=
	       0) {
		const struct uk_trace_event *ev =
		    (const void *)(uk_trace_buf + at);

		uk_base64_update(&enc, ev, ev->size);
	}
	uk_base64_final(&enc);
	out(arg, "-----END LANTERN TRACE-----");
	trace_resume();
}
