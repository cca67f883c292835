/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The crash event. The crash screen raises UKDEBUG_CRASH after it has
 * printed its report of an unhandled trap, a UK_CRASH or a failed
 * assertion, and halts the guest when the handlers return. A handler may
 * show the crash to someone (a debugger stub waits for its debugger
 * there); the crash screen does not know who listens.
 */
#ifndef UK_CRASH_H
#define UK_CRASH_H

#include <uk/event.h>
#include <uk/arch/traps.h>

struct uk_crash_info {
	/* The faulting frame; for UK_CRASH and assertions, the registers
	 * where _uk_crash() was called. */
	struct ukarch_trapctx *ctx;
	bool trap; /* an unhandled trap; false: UK_CRASH or an assertion */
	const char *reason; /* the crash screen's last line */
};

/* Raised with a struct uk_crash_info (CONFIG_LIBUKDEBUG_CRASH only). */
UK_EVENT_DECLARE(UKDEBUG_CRASH);

/*
 * While @line is set (not NULL), any crash (a trap nobody handles,
 * UK_CRASH, a failed assertion) prints only @line and halts, instead of
 * the crash screen: for code that must stop rather than recurse when it
 * faults, such as a dump writer after the crash screen. NULL lifts it.
 */
void uk_crash_set_guard(const char *line);

#endif /* UK_CRASH_H */
