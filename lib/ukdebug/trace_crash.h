/* SPDX-License-Identifier: BSD-3-Clause */
/* The crash screen's last events (trace_crash.c), with tracepoints. */
#ifndef UKDEBUG_TRACE_CRASH_H
#define UKDEBUG_TRACE_CRASH_H

#if CONFIG_LIBUKDEBUG_TRACE
/*
 * "Last N trace events:" and the last CONFIG_LIBUKDEBUG_CRASH_TRACE_EVENTS
 * events as `trace dump` prints them, each through crash_line().
 */
void crash_trace_events(void);
#else
static inline void crash_trace_events(void)
{
}
#endif

#endif /* UKDEBUG_TRACE_CRASH_H */
