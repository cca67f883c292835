/* SPDX-License-Identifier: BSD-3-Clause */
/* x86_64 implementation of the CPU interface in <uk/arch/lcpu.h>. */
#ifndef UK_ASM_LCPU_H
#define UK_ASM_LCPU_H

#include <uk/essentials.h>

#define UKARCH_PAGE_SIZE  4096UL
#define UKARCH_PAGE_SHIFT 12

#define X86_EFLAGS_IF (1UL << 9)
#define X86_EFLAGS_TF (1UL << 8)

static inline unsigned long ukarch_irq_save(void)
{
	unsigned long flags;

	__asm__ __volatile__("pushfq; popq %0; cli" : "=r"(flags) : : "memory");
	return flags;
}

static inline void ukarch_irq_restore(unsigned long flags)
{
	if (flags & X86_EFLAGS_IF)
		__asm__ __volatile__("sti" : : : "memory");
}

static inline void ukarch_irq_enable(void)
{
	__asm__ __volatile__("sti" : : : "memory");
}

static inline void ukarch_irq_disable(void)
{
	__asm__ __volatile__("cli" : : : "memory");
}

/* `sti` delays interrupts by one instruction, so sti;hlt cannot miss one. */
static inline void ukarch_wait_for_irq(void)
{
	__asm__ __volatile__("sti; hlt" : : : "memory");
}

static inline __noreturn void ukarch_halt_loop(void)
{
	for (;;)
		__asm__ __volatile__("cli; hlt");
}

static inline unsigned long ukarch_frame_pointer(void)
{
	return (unsigned long)__builtin_frame_address(0);
}

#endif /* UK_ASM_LCPU_H */
