/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukstore entries of the tracepoints: ukdebug/trace/events, overwritten
 * and dropped, and per tracepoint ukdebug/trace/<name>/enabled (read-write)
 * and hits: static entries that UK_TRACEPOINT declares beside the
 * tracepoint, with the tracepoint as their cookie, and these accessors.
 */
#include <uk/store.h>
#include "trace_internal.h"

#define TRACE_STORE_ENTRY(id, value, help)                                     \
	__UK_STORE_READ_u(__uk_store_get_trace_##id, value) __UK_STORE_ENTRY(  \
	    trace_##id, "ukdebug/trace/" #id, UK_STORE_U64, u,                 \
	    __uk_store_get_trace_##id, NULL, "count", help)

TRACE_STORE_ENTRY(events, uk_trace_ring.recorded,
		  "events recorded since boot or `trace clear`");
TRACE_STORE_ENTRY(overwritten, uk_trace_ring.overwritten,
		  "oldest events overwritten to make room");
TRACE_STORE_ENTRY(dropped, uk_trace_dropped,
		  "events fired inside the recorder or during a dump");

int __uk_trace_store_enabled(void *tp, uint64_t *out)
{
	*out = ((const struct uk_tracepoint *)tp)->enabled;
	return 0;
}

int __uk_trace_store_enable(void *tp, uint64_t in)
{
	((struct uk_tracepoint *)tp)->enabled = in != 0;
	return 0;
}

int __uk_trace_store_hits(void *tp, uint64_t *out)
{
	*out = ((const struct uk_tracepoint *)tp)->hits;
	return 0;
}
