/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The local APIC's registers (xAPIC, memory-mapped at KVM_LAPIC_BASE),
 * as the 8259's virtual wire (pic.c) and the one-shot timer (timer.c)
 * use them.
 */
#ifndef KVM_X86_64_LAPIC_H
#define KVM_X86_64_LAPIC_H

#include <uk/essentials.h>
#include "memlayout.h"

#define LAPIC_TPR	   0x080
#define LAPIC_PPR	   0x0a0
#define LAPIC_EOI	   0x0b0
#define LAPIC_SVR	   0x0f0
#define LAPIC_SVR_ENABLE   (1U << 8)
#define LAPIC_SPURIOUS_VEC 0xff
#define LAPIC_ISR	   0x100 /* 8 registers 0x10 apart, 32 vectors each */
#define LAPIC_IRR	   0x200
#define LAPIC_LVT_TIMER	   0x320
#define LAPIC_LVT_LINT0	   0x350
#define LAPIC_LVT_LINT1	   0x360
#define LAPIC_LVT_MASKED   (1U << 16)
#define LAPIC_DM_EXTINT	   (7U << 8)
#define LAPIC_DM_NMI	   (4U << 8)
#define LAPIC_TIMER_INIT   0x380
#define LAPIC_TIMER_CUR	   0x390
#define LAPIC_TIMER_DIV	   0x3e0
#define LAPIC_TIMER_DIV1   0xb

/*
 * The timer's vector: in the highest priority class, so that a task
 * priority of 0xf0 holds it back (pic.c's wait) while the 8259's ExtINT,
 * which ignores priorities, still comes through.
 */
#define LAPIC_TIMER_VEC 0xf0
#define LAPIC_TPR_ALL	0xf0

static inline uint32_t lapic_read(unsigned int reg)
{
	return *(volatile uint32_t *)(KVM_LAPIC_BASE + reg);
}

/* Whether @vector's bit is set in the 256-bit register at @reg. */
static inline bool lapic_vector_bit(unsigned int reg, unsigned int vector)
{
	return lapic_read(reg + 0x10 * (vector / 32)) & (1U << (vector % 32));
}

static inline void lapic_write(unsigned int reg, uint32_t v)
{
	*(volatile uint32_t *)(KVM_LAPIC_BASE + reg) = v;
}

#endif /* KVM_X86_64_LAPIC_H */
