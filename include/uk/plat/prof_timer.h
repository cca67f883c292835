/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A second one-shot timer, for a sampling profiler: independent of
 * <uk/plat/timer.h>, whose one deadline belongs to the scheduler (or to
 * nolibc's sleeps without it), so that sampling neither moves the
 * scheduler's deadlines nor needs it to be built in. arm64 has a second
 * timer, the generic timer's physical timer (CNTP, PPI 30), shared with
 * the watchdog; x86_64 has one local APIC timer, which timer.c shares
 * between the two users: it arms the earlier deadline and calls whichever
 * are due. Both
 * are held back while the GDB stub waits for the debugger, like the
 * platform timer, so a stopped guest takes no samples.
 *
 * The handler runs in interrupt context with interrupts masked;
 * ukplat_irq_regs() is the interrupted frame (the code being sampled).
 * Nothing is armed until a first ukplat_prof_timer_arm(): an idle
 * profiler costs nothing.
 */
#ifndef UK_PLAT_PROF_TIMER_H
#define UK_PLAT_PROF_TIMER_H

#include <uk/essentials.h>

/*
 * Make @fn the timer's handler and set the timer up. Return 0, or -1
 * when the machine has no timer for it or it has a handler already.
 */
int ukplat_prof_timer_init(void (*fn)(void));

/*
 * Fire once at monotonic time @deadline_ns (ukplat_monotonic_ns()),
 * replacing any earlier deadline; one already past fires as soon as
 * interrupts are unmasked. Safe in interrupt handlers (the handler
 * re-arms itself for the next sample).
 */
void ukplat_prof_timer_arm(uint64_t deadline_ns);

/* Cancel the deadline, if any. */
void ukplat_prof_timer_disarm(void);

#endif /* UK_PLAT_PROF_TIMER_H */
