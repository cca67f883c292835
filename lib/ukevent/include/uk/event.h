/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Link-time event registry. An event is a name (UK_EVENT); handlers attach
 * to it at link time with a priority (UK_EVENT_HANDLER_PRIO); raising the
 * event calls them in priority order, lowest number first, until one
 * reports that it handled the event. No runtime registration, no
 * allocation: safe in trap context.
 *
 * With ukevent disabled, uk_raise_event() is an inline returning
 * UK_EVENT_NOT_HANDLED and handler definitions leave nothing in the image.
 */
#ifndef UK_EVENT_H
#define UK_EVENT_H

#include <uk/essentials.h>

/* Handler results. */
#define UK_EVENT_NOT_HANDLED	  0 /* try the next handler */
#define UK_EVENT_HANDLED	  1 /* done: stop the chain */
#define UK_EVENT_HANDLED_CONTINUE 2 /* acted, but let the others run too */
/* A negative value is an error (-errno style): the chain stops with it. */

/*
 * Priorities run from 0 (first) to 999 (last). The levels the tree uses:
 * a debugger looks at a trap before anyone else (a breakpoint is its
 * own); nofault comes after every other handler, so that only a fault
 * nobody wanted reaches its exception table and a real bug still reaches
 * the crash screen.
 */
#define UK_EVENT_PRIO_DEBUGGER 10
#define UK_EVENT_PRIO_DEFAULT  500
#define UK_EVENT_PRIO_NOFAULT  900
#define UK_EVENT_PRIO_LAST     999

typedef int (*uk_event_handler_t)(void *data);

struct uk_event {
	const char *name;
};

struct uk_event_handler {
	const struct uk_event *event;
	uk_event_handler_t fn;
};

#if CONFIG_LIBUKEVENT

/* The event object of @name (use with uk_raise_event and handlers). */
#define UK_EVENT_PTR(name) (&__uk_event_##name)

/* Define event @name (once, in a .c file). */
#define UK_EVENT(name) const struct uk_event __uk_event_##name = { #name }

/* Declare event @name defined elsewhere (in a header). */
#define UK_EVENT_DECLARE(name) extern const struct uk_event __uk_event_##name

/*
 * Attach @fn to event @name at priority @prio (0..999, an integer literal or
 * a macro that expands to one: it becomes part of the section name the
 * linker sorts the handlers by).
 */
#define UK_EVENT_HANDLER_PRIO(name, fn, prio)                                  \
	static const struct uk_event_handler __uk_evh_##name##_##fn __used     \
	    __section(".uk_event_handlers." STRINGIFY(                         \
		prio)) = { &__uk_event_##name, (fn) }

/*
 * Call the handlers of @event in priority order with @data. Return
 * UK_EVENT_HANDLED when one handled it, UK_EVENT_HANDLED_CONTINUE when
 * some acted but none stopped the chain, UK_EVENT_NOT_HANDLED when none
 * acted, or a handler's negative error.
 */
int uk_raise_event_ptr(const struct uk_event *event, void *data);

#else

#define UK_EVENT_PTR(name) ((const struct uk_event *)0)
/* Nothing of an event reaches the image when the registry is off. */
#define UK_EVENT(name)
#define UK_EVENT_DECLARE(name)
/* Keeps @fn referenced (no unused warning) without emitting anything. */
#define UK_EVENT_HANDLER_PRIO(name, fn, prio)                                  \
	static inline uk_event_handler_t __uk_evh_##name##_##fn(void)          \
	{                                                                      \
		return (fn);                                                   \
	}

static inline int uk_raise_event_ptr(const struct uk_event *event __unused,
				     void *data __unused)
{
	return UK_EVENT_NOT_HANDLED;
}

#endif

#define UK_EVENT_HANDLER(name, fn)                                             \
	UK_EVENT_HANDLER_PRIO(name, fn, UK_EVENT_PRIO_DEFAULT)

/* Raise event @name (see uk_raise_event_ptr). */
#define uk_raise_event(name, data)                                             \
	uk_raise_event_ptr(UK_EVENT_PTR(name), (data))

#endif /* UK_EVENT_H */
