/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What each architecture's interrupt controller code provides to the
 * platform's drivers beyond <uk/plat/irq.h> (x86_64 pic.c, arm64 irq.c):
 * a way to sleep on one device's line while the CPU stays in exception
 * context, where a debugger has it stopped; and the common end of every
 * interrupt.
 */
#ifndef KVM_IRQ_H
#define KVM_IRQ_H

#include <uk/asm/regs.h>

/*
 * Idle the CPU until interrupt line @irq signals, every other line held
 * back. Call with interrupts masked, @irq registered, and only after
 * acknowledging the device and then finding it with nothing to do: a
 * line that signals later, even before the call, ends the wait at once.
 * Returns with interrupts masked, possibly for no reason (loop). No
 * handler runs for the interrupt that ends the wait: x86_64 takes it
 * (hlt cannot wake with interrupts masked) only to signal its end, arm64
 * leaves it pending (wfi wakes on a masked one). The driver acknowledges
 * its device itself after the wait, so that the line goes low and can
 * signal again, on x86_64's edge-triggered 8259 above all.
 */
void kvm_irq_wait(unsigned int irq);

/*
 * The end of an interrupt (irq_exit.c): run the exit hook, if any, with
 * @regs the interrupted frame. Call last, with interrupts masked, after
 * the end-of-interrupt and after ukplat_irq_regs() is back to what it was
 * before the interrupt: the hook may switch to another thread, and what
 * runs there until this thread comes back must not see this interrupt's
 * state. Not for an interrupt that only ended kvm_irq_wait().
 */
void kvm_irq_exit(struct __regs *regs);

#endif /* KVM_IRQ_H */
