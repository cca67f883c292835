/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The CPU interface generic code may use. Each architecture implements it in
 * arch/<arch>/include/uk/asm/lcpu.h:
 *
 *   unsigned long ukarch_irq_save(void);     mask interrupts, return old state
 *   void ukarch_irq_restore(unsigned long);  put the old state back
 *   void ukarch_irq_enable(void);
 *   void ukarch_irq_disable(void);
 *   void ukarch_wait_for_irq(void);          called with interrupts masked:
 *                                            unmask and sleep until one has
 *                                            been taken (atomically, so one
 *                                            that is already pending is not
 *                                            missed); returns with interrupts
 *                                            unmasked
 *   void ukarch_halt_loop(void) __noreturn;  stop this CPU for good
 *   unsigned long ukarch_frame_pointer(void);
 *   #define UKARCH_PAGE_SIZE
 */
#ifndef UK_ARCH_LCPU_H
#define UK_ARCH_LCPU_H

#include <uk/essentials.h>
#include <uk/asm/lcpu.h>

#endif /* UK_ARCH_LCPU_H */
