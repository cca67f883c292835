/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A description of the interrupt controller for debugging views (`irq`
 * in the shell and the debugger, the crash screen): the lines in use and
 * the controller's global state, read from the hardware as it is now.
 * Handlers are given as addresses for the caller to symbolize. Safe with
 * interrupts masked; nothing is changed but the 8259's read-register
 * selection.
 */
#ifndef UK_PLAT_IRQINFO_H
#define UK_PLAT_IRQINFO_H

#include <uk/essentials.h>

struct ukplat_irq_line {
	unsigned int irq;     /* ISA IRQ / GIC INTID; x86_64 LAPIC: vector */
	unsigned int vector;  /* the CPU's vector (x86_64); arm64: = irq */
	const char *source;   /* "8259", "LAPIC timer", "SGI", "PPI", "SPI" */
	bool device;	      /* a device line: 8259 or SPI, not a CPU timer */
	bool enabled;	      /* unmasked at the controller */
	bool pending;	      /* requested, not yet taken */
	bool active;	      /* taken, end of interrupt not yet signalled */
	int priority;	      /* lower is more urgent; -1: the line has none */
	unsigned int targets; /* SPI's CPU mask; 0: n/a (or one CPU: RAZ) */
	const void *handler;  /* the registered handler; NULL: none */
};

/*
 * Call @fn for every line in use (a handler, enabled, pending or active),
 * in increasing order of ->irq. Lines nobody uses are left out.
 */
void ukplat_irq_lines(void (*fn)(void *arg, const struct ukplat_irq_line *l),
		      void *arg);

/* The controller's global state, a line of text (no newline) at a time. */
void ukplat_irq_controller(void (*fn)(void *arg, const char *line), void *arg);

#endif /* UK_PLAT_IRQINFO_H */
