/* SPDX-License-Identifier: BSD-3-Clause */
/* The dumps of `trace dump` (trace_dump.c). */
#ifndef UKDEBUG_TRACE_DUMP_H
#define UKDEBUG_TRACE_DUMP_H

#include "trace_internal.h"

/*
 * "# <count> events, <overwritten> overwritten", then the last @n events
 * (all when @n is 0) as text lines, oldest first.
 */
void trace_dump_text(uint64_t n, uk_backtrace_out_fn out, void *arg);

/*
 * The ring as a raw dump: "-----BEGIN LANTERN TRACE-----", base64 lines
 * of the header and the events, "-----END LANTERN TRACE-----".
 */
void trace_dump_raw(uk_backtrace_out_fn out, void *arg);

#endif /* UKDEBUG_TRACE_DUMP_H */
