/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The arm64 side of the trap path: what vectors.S calls, and the trap
 * events only arm64 raises (the shared ones are in <uk/plat/trap.h>,
 * which includes this header; docs/traps.md has the table).
 */
#ifndef UK_ASM_TRAPS_H
#define UK_ASM_TRAPS_H

#include <uk/event.h>
#include <uk/asm/regs.h>

UK_EVENT_DECLARE(UKARCH_TRAP_SYSCALL); /* SVC */
/* Raised before the platform's own IRQ dispatch. */
UK_EVENT_DECLARE(UKARCH_TRAP_IRQ);
UK_EVENT_DECLARE(UKARCH_TRAP_FIQ);

/*
 * Provided by the platform. vectors.S calls it for every exception with
 * @r the saved frame and @vector the index of the vector table entry
 * taken, 4 * origin + kind (kind 0 = synchronous, 1 = IRQ, 2 = FIQ,
 * 3 = SError; the origins are listed in vectors.S). When it returns, the
 * interrupted code resumes with the registers @r then holds (PC in elr,
 * SP included).
 */
void arm64_trap(struct __regs *r, unsigned long vector);

#endif /* UK_ASM_TRAPS_H */
