/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Trap events. Platform code turns every CPU exception into one of these
 * events (docs/traps.md has the table of which trap raises which) and
 * raises it with a struct ukarch_trapctx; libraries and applications attach
 * handlers with UK_EVENT_HANDLER_PRIO (<uk/event.h>). A trap nobody handles
 * goes to uk_crash_trap().
 */
#ifndef UK_PLAT_TRAP_H
#define UK_PLAT_TRAP_H

#include <uk/event.h>
#include <uk/arch/traps.h>
#include <uk/asm/traps.h>

/* Raised on every architecture; <uk/asm/traps.h> adds the arch's own. */
/* #PF; data/instruction abort (translation, permission, access flag) */
UK_EVENT_DECLARE(UKARCH_TRAP_PAGE_FAULT);
UK_EVENT_DECLARE(UKARCH_TRAP_INVALID_OP); /* #UD; undefined instruction */
UK_EVENT_DECLARE(UKARCH_TRAP_BREAKPOINT); /* int3; BRK */
/* #DB; software step, hardware breakpoint, watchpoint */
UK_EVENT_DECLARE(UKARCH_TRAP_DEBUG);
/* #NP, #SS, #AC; alignment, SP/PC alignment, external abort, SError */
UK_EVENT_DECLARE(UKARCH_TRAP_BUS_ERROR);
UK_EVENT_DECLARE(UKARCH_TRAP_MATH); /* #DE, #MF, #XM; trapped FP exception */
UK_EVENT_DECLARE(UKARCH_TRAP_SECURITY); /* #GP, #TS; illegal execution state */

/*
 * Raise @event for the trap described by @ctx. Return when a handler
 * handled it (the CPU resumes from ctx->regs); otherwise call
 * uk_crash_trap(), which does not return.
 */
void ukplat_trap_raise(const struct uk_event *event,
		       struct ukarch_trapctx *ctx);

/*
 * The end of the line for a trap nobody handled; the platform calls it,
 * the crash screen (ukdebug's LIBUKDEBUG_CRASH) provides it. Without the
 * crash screen the platform's weak default stands in: it prints the trap
 * and the registers and halts with UKPLAT_STATUS_CRASH.
 */
__noreturn void uk_crash_trap(struct ukarch_trapctx *ctx);

/* Platform part of the default above: print the trap and the registers. */
void ukplat_trap_report(const struct ukarch_trapctx *ctx);

/*
 * Return true when [addr, addr + len) lies in mapped RAM, so reading it
 * cannot fault (the crash screen's safe path for stack dumps and frame
 * walks). Page 0 and stack guard pages are excluded.
 */
bool ukplat_mem_mapped(uintptr_t addr, size_t len);

/* The stack trap handlers and main() normally run on: [*lo, *hi). */
void ukplat_boot_stack(uintptr_t *lo, uintptr_t *hi);

#endif /* UK_PLAT_TRAP_H */
