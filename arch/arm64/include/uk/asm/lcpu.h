/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 implementation of the CPU interface in <uk/arch/lcpu.h>. "Interrupts
 * enabled" means PSTATE.I is clear; the other DAIF bits are left alone except
 * by ukarch_halt_loop, which masks everything.
 */
#ifndef UK_ASM_LCPU_H
#define UK_ASM_LCPU_H

#include <uk/essentials.h>

#define UKARCH_PAGE_SIZE  4096UL
#define UKARCH_PAGE_SHIFT 12

#define ARM64_DAIF_I (1UL << 7)

static inline unsigned long ukarch_irq_save(void)
{
	unsigned long flags;

	__asm__ __volatile__("mrs %0, daif\n\tmsr daifset, #2"
			     : "=r"(flags)
			     :
			     : "memory");
	return flags;
}

static inline void ukarch_irq_restore(unsigned long flags)
{
	__asm__ __volatile__("msr daif, %0" : : "r"(flags) : "memory");
}

static inline void ukarch_irq_enable(void)
{
	__asm__ __volatile__("msr daifclr, #2" : : : "memory");
}

static inline void ukarch_irq_disable(void)
{
	__asm__ __volatile__("msr daifset, #2" : : : "memory");
}

/*
 * Call with interrupts masked after finding nothing to do. `wfi` wakes on
 * an interrupt that is pending even while masked, so one that arrived after
 * the caller's check is not missed; unmasking then takes it. Interrupts are
 * left enabled, like x86's `sti; hlt`.
 */
static inline void ukarch_wait_for_irq(void)
{
	__asm__ __volatile__("dsb sy\n\twfi\n\tmsr daifclr, #2\n\tisb"
			     :
			     :
			     : "memory");
}

static inline __noreturn void ukarch_halt_loop(void)
{
	for (;;)
		__asm__ __volatile__("msr daifset, #0xf\n\twfi");
}

static inline unsigned long ukarch_frame_pointer(void)
{
	return (unsigned long)__builtin_frame_address(0);
}

#endif /* UK_ASM_LCPU_H */
