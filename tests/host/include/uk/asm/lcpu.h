/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Host stand-in for the CPU interface's interrupt masking, for library
 * files that mask interrupts around shared data (ukstore's index). There
 * are no interrupts; the depth counts masked sections, so a test can check
 * that each one ends and that callbacks run unmasked.
 */
#ifndef UK_ASM_LCPU_H
#define UK_ASM_LCPU_H

extern int host_irq_depth;

static inline unsigned long ukarch_irq_save(void)
{
	return (unsigned long)host_irq_depth++;
}

static inline void ukarch_irq_restore(unsigned long flags)
{
	host_irq_depth = (int)flags;
}

#endif /* UK_ASM_LCPU_H */
