/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The hook both architectures' interrupt paths call last (see
 * ukplat_irq_set_exit_hook() in <uk/plat/irq.h>): a scheduler's
 * preemption point. Kept apart from the traps so that its one rule is in
 * one place: the hook may switch threads, so the caller must have put
 * every piece of per-interrupt state back before calling it.
 */
#include <uk/plat/irq.h>
#include <kvm/irq.h>

static void (*exit_hook)(struct __regs *regs);

void ukplat_irq_set_exit_hook(void (*fn)(struct __regs *regs))
{
	exit_hook = fn;
}

void kvm_irq_exit(struct __regs *regs)
{
	if (exit_hook)
		exit_hook(regs);
}
