/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukstore entries of the tracepoints: ukdebug/trace/events, overwritten
 * and dropped, and per tracepoint ukdebug/trace/<name>/enabled (read-write)
 * and hits. The per-tracepoint entries point at their table entry (the
 * cookie), which never goes away.
 */
#include <stdio.h>
#include <uk/init.h>
#include <uk/print.h>
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

static int get_enabled(void *cookie, uint64_t *out)
{
	*out = ((const struct uk_tracepoint *)cookie)->enabled;
	return 0;
}

static int set_enabled(void *cookie, uint64_t in)
{
	((struct uk_tracepoint *)cookie)->enabled = in != 0;
	return 0;
}

static int get_hits(void *cookie, uint64_t *out)
{
	*out = ((const struct uk_tracepoint *)cookie)->hits;
	return 0;
}

static int trace_store_init(void)
{
	char object[UK_STORE_NAME_MAX];

	for (struct uk_tracepoint *tp = __uk_tp_start; tp < __uk_tp_end; tp++) {
		snprintf(object, sizeof(object), "trace/%s", tp->name);
		if (!uk_store_add_dynamic(
			"ukdebug", object, "enabled", UK_STORE_BOOL,
			get_enabled, set_enabled, tp, "",
			"the tracepoint records when fired") ||
		    !uk_store_add_dynamic("ukdebug", object, "hits",
					  UK_STORE_U64, get_hits, NULL, tp,
					  "count", "times fired while enabled"))
			uk_pr_warn("cannot add store entries of %s\n", object);
	}
	return 0;
}
UK_INIT(trace_store_init, UK_INIT_LEVEL_LIB);
