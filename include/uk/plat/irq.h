/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Platform interrupts: device lines routed through the interrupt controller
 * (8259 PIC pair on x86_64, GICv2 on arm64). Handlers run with interrupts
 * masked on the stack of the code they interrupted.
 */
#ifndef UK_PLAT_IRQ_H
#define UK_PLAT_IRQ_H

#include <uk/essentials.h>

/* Return nonzero when the handler recognised its device as the source. */
typedef int (*ukplat_irq_handler_t)(void *arg);

/*
 * Attach @fn to interrupt line @irq (ISA IRQ on x86_64, GIC INTID on arm64)
 * and unmask the line. Return 0, or -1 when the line is invalid or taken.
 */
int ukplat_irq_register(unsigned int irq, ukplat_irq_handler_t fn, void *arg);

/*
 * In an interrupt handler: the register frame of the code the interrupt
 * interrupted (what resumes when the handlers return; changes to it take
 * effect). NULL outside interrupt handlers. A profiler samples its PC; a
 * debugger stops the interrupted code there.
 */
struct __regs *ukplat_irq_regs(void);

/*
 * Call @fn at the end of every interrupt (device lines and the timer),
 * after the handlers ran and the controller got its end-of-interrupt,
 * with interrupts masked, on the stack of the code that was interrupted,
 * @regs being its frame. ukplat_irq_regs() is already back to what it was
 * before the interrupt: code resumed by a switch must not find this frame
 * there. @fn may switch
 * to another thread there: the frame is restored, and the interrupted
 * code resumes, when this thread is switched back in. A scheduler's
 * preemption point. NULL: none.
 */
void ukplat_irq_set_exit_hook(void (*fn)(struct __regs *regs));

#endif /* UK_PLAT_IRQ_H */
