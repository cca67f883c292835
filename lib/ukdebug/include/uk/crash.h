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
};

/* Raised with a struct uk_crash_info (CONFIG_LIBUKDEBUG_CRASH only). */
UK_EVENT_DECLARE(UKDEBUG_CRASH);

#endif /* UK_CRASH_H */
