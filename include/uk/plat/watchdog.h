/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A watchdog on a timer of its own, beside the one-shot timer
 * (<uk/plat/timer.h>, which belongs to the scheduler): x86_64 the 8254
 * PIT on ISA IRQ 0, ticking at 100 Hz only while armed; arm64 the generic
 * timer's physical timer (PPI 30), shared with the profiler's timer. A
 * test runner stops a case that spins with it.
 */
#ifndef UK_PLAT_WATCHDOG_H
#define UK_PLAT_WATCHDOG_H

#include <uk/essentials.h>
#include <uk/asm/regs.h>

/*
 * Call @fn once monotonic time passes @deadline_ns, in the watchdog's
 * interrupt with @regs the interrupted frame (changes to it take effect
 * when the interrupt returns), replacing any earlier deadline. Return 0,
 * or -1 when the machine has no such timer.
 */
int ukplat_watchdog_arm(uint64_t deadline_ns, void (*fn)(struct __regs *regs));

/* Cancel the deadline, if any. */
void ukplat_watchdog_disarm(void);

#endif /* UK_PLAT_WATCHDOG_H */
