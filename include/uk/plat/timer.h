/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The platform's one-shot timer: x86_64 the local APIC timer (calibrated
 * against the TSC at boot), arm64 the generic timer's virtual timer
 * (CNTV, PPI 27). One deadline at a time, on the ukplat_monotonic_ns()
 * clock; nothing ticks while no deadline is set, so an idle guest costs
 * the host nothing.
 */
#ifndef UK_PLAT_TIMER_H
#define UK_PLAT_TIMER_H

#include <uk/essentials.h>

/*
 * Set up the timer and make @fn its interrupt handler; @fn runs with
 * interrupts masked, like every interrupt handler, and the irq exit hook
 * (<uk/plat/irq.h>) runs after it. Return 0, or -1 when the machine has
 * no usable timer. Call once, after interrupts are up.
 */
int ukplat_timer_init(void (*fn)(void));

/*
 * Fire once at monotonic time @deadline_ns, replacing any earlier
 * deadline. A deadline already past fires as soon as interrupts are
 * unmasked. Safe with interrupts masked and in interrupt handlers.
 */
void ukplat_timer_arm(uint64_t deadline_ns);

/* Cancel the deadline, if any. Same context rules as ukplat_timer_arm. */
void ukplat_timer_disarm(void);

/*
 * The resolution the hardware can resolve, in nanoseconds (one tick of
 * the counter the deadline is programmed in, rounded up).
 */
uint64_t ukplat_timer_resolution_ns(void);

/*
 * Return true and store the armed deadline in *@deadline_ns, or return
 * false when nothing is armed. For debugging views.
 */
bool ukplat_timer_deadline(uint64_t *deadline_ns);

#endif /* UK_PLAT_TIMER_H */
