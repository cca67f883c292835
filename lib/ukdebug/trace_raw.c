/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The raw dump as bytes at any offset (<uk/trace.h>, uk_trace_raw_*), for
 * crash dumps: the header is made once from a copy of the ring's state;
 * the events are found by walking the ring from a remembered position, so
 * reading the blob in order walks it once.
 */
#include <string.h>
#include <uk/crc32.h>
#include <uk/plat/time.h>
#include "trace_internal.h"

static struct uk_trace_ring ring;
static struct uk_trace_dump_hdr hdr;

/* The walk: the event last found, at blob offset @ev_off, @ev_at in the
 * ring buffer, @ev_size bytes; @cur is just past it. */
static struct trace_cursor cur;
static size_t ev_off, ev_size;
static long ev_at;

static void walk_restart(void)
{
	trace_cursor_init(&cur, &ring);
	ev_off = sizeof(hdr);
	ev_size = 0;
	ev_at = -1;
}

/* Advance to the next event; false at the end. */
static bool walk_next(void)
{
	long at = trace_cursor_next(&cur, &ring, uk_trace_buf);

	if (at < 0)
		return false;
	ev_off += ev_size;
	ev_at = at;
	ev_size = ((const struct uk_trace_event *)(uk_trace_buf + at))->size;
	return true;
}

size_t uk_trace_raw_snapshot(void)
{
	memcpy(&ring, &uk_trace_ring, sizeof(ring));
	memset(&hdr, 0, sizeof(hdr));
	memcpy(hdr.magic, "UKTRDMP", 8);
	hdr.version = UK_TRACE_FORMAT_VERSION;
	hdr.hdr_size = sizeof(hdr);
	hdr.now_ns = ukplat_monotonic_ns();
	hdr.recorded = ring.recorded;
	hdr.overwritten = ring.overwritten;
	hdr.tp_count = trace_tp_count();
	walk_restart();
	while (walk_next()) {
		hdr.count++;
		hdr.payload_size += ev_size;
		hdr.payload_crc32 =
		    uk_crc32(hdr.payload_crc32, uk_trace_buf + ev_at, ev_size);
	}
	walk_restart();
	return sizeof(hdr) + hdr.payload_size;
}

void uk_trace_raw_read(size_t off, void *buf, size_t len)
{
	uint8_t *out = buf;

	if (off < sizeof(hdr)) {
		size_t n = MIN(len, sizeof(hdr) - off);

		memcpy(out, (const uint8_t *)&hdr + off, n);
		out += n;
		off += n;
		len -= n;
	}
	if (len && off < ev_off)
		walk_restart();
	while (len) {
		size_t n;

		while (ev_at < 0 || off >= ev_off + ev_size) {
			if (!walk_next()) {
				memset(out, 0, len);
				return;
			}
		}
		n = MIN(len, ev_off + ev_size - off);
		memcpy(out, uk_trace_buf + ev_at + (off - ev_off), n);
		out += n;
		off += n;
		len -= n;
	}
}
