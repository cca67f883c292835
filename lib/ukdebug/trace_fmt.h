/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * An event as a line of text (trace_fmt.c): pure logic, also built by the
 * host tests.
 */
#ifndef UKDEBUG_TRACE_FMT_H
#define UKDEBUG_TRACE_FMT_H

#include <stddef.h>
#include <uk/trace.h>

#define TRACE_HDR_SIZE sizeof(struct uk_trace_event)

/*
 * Format the event @ev (@len bytes, header included) as a line of
 * `trace dump` into @line (@size bytes): time, thread, name, arguments
 * by the tracepoint's format. @tp is its table entry, @name and @fmt its
 * strings (the crash screen passes copies).
 */
void trace_format_event(char *line, size_t size, const uint8_t *ev, size_t len,
			const struct uk_tracepoint *tp, const char *name,
			const char *fmt);

#endif /* UKDEBUG_TRACE_FMT_H */
