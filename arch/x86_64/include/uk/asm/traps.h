/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The x86_64 side of the trap path: what trap_entry.S calls, and the trap
 * events only x86_64 raises (the shared ones are in <uk/plat/trap.h>,
 * which includes this header; docs/traps.md has the table).
 */
#ifndef UK_ASM_TRAPS_H
#define UK_ASM_TRAPS_H

#include <uk/event.h>
#include <uk/asm/regs.h>

UK_EVENT_DECLARE(UKARCH_TRAP_NMI);
UK_EVENT_DECLARE(UKARCH_TRAP_OVERFLOW);	    /* #OF, #BR */
UK_EVENT_DECLARE(UKARCH_TRAP_FPU);	    /* #NM */
UK_EVENT_DECLARE(UKARCH_TRAP_DOUBLE_FAULT); /* #DF, on its own stack */
UK_EVENT_DECLARE(UKARCH_TRAP_MACHINE_CHECK);

/*
 * Provided by the platform. trap_entry.S calls it for every IDT vector,
 * exceptions and device interrupts alike, with @r the saved frame (vector
 * and error code included). When it returns, the interrupted code resumes
 * with the registers @r then holds.
 */
void x86_trap(struct __regs *r);

#endif /* UK_ASM_TRAPS_H */
