/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the tracing files share: the table's bounds, the ring, and a
 * reader that walks the events oldest first.
 */
#ifndef UKDEBUG_TRACE_INTERNAL_H
#define UKDEBUG_TRACE_INTERNAL_H

#include <uk/trace.h>
#include <uk/backtrace.h>
#include "trace_fmt.h"

/* The longest record: every argument a string of the longest length. */
#define TRACE_REC_MAX                                                          \
	(TRACE_HDR_SIZE +                                                      \
	 UK_TRACE_MAX_ARGS * ALIGN_UP(2 + CONFIG_LIBUKDEBUG_TRACE_STRLEN, 8))

extern struct uk_tracepoint __uk_tp_start[], __uk_tp_end[];
extern uint8_t uk_trace_buf[];
extern struct uk_trace_ring uk_trace_ring;

/* Events dropped: fired inside the recorder, or while a dump prints. */
extern uint64_t uk_trace_dropped;

/* The number of tracepoints in the table. */
static inline unsigned int trace_tp_count(void)
{
	return (unsigned int)(__uk_tp_end - __uk_tp_start);
}

/*
 * Stop recording while a dump reads the ring (events fired meanwhile are
 * counted as dropped), and start again.
 */
void trace_pause(void);
void trace_resume(void);

/* Forget every event (the counters of the ring start again at 0). */
void trace_clear(void);

/* A position in the ring, for walking its events oldest first. */
struct trace_cursor {
	uint64_t pos;  /* byte offset of the next record */
	uint64_t left; /* bytes of the ring still to walk */
};

/* Start @c at the oldest event of a ring whose state is @r. */
void trace_cursor_init(struct trace_cursor *c, const struct uk_trace_ring *r);

/*
 * The next event (paddings skipped) of the ring @r over @buf: its
 * offset in @buf, or -1 at the end or on a record that cannot be (a
 * corrupted ring).
 */
long trace_cursor_next(struct trace_cursor *c, const struct uk_trace_ring *r,
		       const uint8_t *buf);

/*
 * Turn the tracepoints whose names match @glob ('*' any run, '?' one
 * character) on or off; return how many matched.
 */
unsigned int trace_set_enabled(const char *glob, bool on);

#endif /* UKDEBUG_TRACE_INTERNAL_H */
