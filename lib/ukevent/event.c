/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Raising an event: the handler table is sorted by priority (event.lds), so
 * one pass over it calls an event's handlers in order. The table holds a
 * handful of entries; a linear pass is cheaper than any index and needs no
 * initialisation, which matters for traps taken early in boot.
 */
#include <uk/event.h>

extern const struct uk_event_handler uk_event_handlers_start[];
extern const struct uk_event_handler uk_event_handlers_end[];

int uk_raise_event_ptr(const struct uk_event *event, void *data)
{
	int result = UK_EVENT_NOT_HANDLED;

	for (const struct uk_event_handler *h = uk_event_handlers_start;
	     h < uk_event_handlers_end; h++) {
		int rc;

		if (h->event != event)
			continue;
		rc = h->fn(data);
		if (rc < 0 || rc == UK_EVENT_HANDLED)
			return rc;
		if (rc == UK_EVENT_HANDLED_CONTINUE)
			result = rc;
	}
	return result;
}
