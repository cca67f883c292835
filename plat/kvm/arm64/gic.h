/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * GICv2 driver (distributor + CPU interface of CPU 0). Interrupt IDs: 0-15
 * SGIs, 16-31 PPIs (per CPU, e.g. the timers), 32 and up SPIs (devices).
 */
#ifndef KVM_ARM64_GIC_H
#define KVM_ARM64_GIC_H

#include <uk/essentials.h>

#define GIC_SPURIOUS	 1023
#define GIC_MAX_IRQS	 1020
#define GIC_PRIO_DEFAULT 0xa0
#define GIC_PRIO_WAKE	 0x80 /* above every other: the line waited on */
#define GIC_PMR_ALL	 0xf0 /* pass every priority above the lowest */

/* Number of interrupt IDs the distributor implements (0 before init). */
unsigned int gic_nr_irqs(void);

void gic_enable(unsigned int irq);
void gic_disable(unsigned int irq);

/* Lower values are more urgent; only the top bits may be implemented. */
void gic_set_priority(unsigned int irq, uint8_t prio);
uint8_t gic_priority(unsigned int irq);

/* Signal to this CPU only interrupts more urgent (lower) than @pmr. */
void gic_set_pmr(uint8_t pmr);

/* SPIs only: edge-triggered when @edge, else level-sensitive (default). */
void gic_set_edge(unsigned int irq, bool edge);

/*
 * For debugging views: the distributor's set-enable, set-pending or
 * set-active register covering lines @first..@first+31 (@first a
 * multiple of 32), and the CPU mask SPI @irq is routed to.
 */
enum gic_state { GIC_ENABLED, GIC_PENDING, GIC_ACTIVE };
uint32_t gic_state_bits(enum gic_state which, unsigned int first);
uint8_t gic_targets(unsigned int irq);

/* Acknowledge the most urgent pending interrupt: return GICC_IAR. */
uint32_t gic_ack(void);

/* Signal the end of the interrupt @iar returned by gic_ack(). */
void gic_eoi(uint32_t iar);

#endif /* KVM_ARM64_GIC_H */
