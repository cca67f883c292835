/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Device interrupt handlers by GIC interrupt ID, and the IRQ exception path:
 * acknowledge, run the handler, signal end of interrupt, repeat while
 * anything is pending. Handlers run with IRQs masked on the interrupted
 * stack. A line that fires without a handler is disabled so it cannot
 * storm.
 */
#include <uk/plat/irq.h>
#include <uk/print.h>
#include "arm64.h"
#include "gic.h"

#define GIC_SGI_COUNT      16
#define IRQS_PER_EXCEPTION 32  /* bound the loop if a level line stays high */

struct irq_handler {
	ukplat_irq_handler_t fn;
	void *arg;
};

static struct irq_handler handlers[GIC_MAX_IRQS];

int ukplat_irq_register(unsigned int irq, ukplat_irq_handler_t fn, void *arg)
{
	if (!fn || irq < GIC_SGI_COUNT || irq >= gic_nr_irqs() || handlers[irq].fn)
		return -1;
	handlers[irq].arg = arg;
	handlers[irq].fn = fn;
	gic_enable(irq);
	return 0;
}

void arm64_irq_handle(void)
{
	for (int n = 0; n < IRQS_PER_EXCEPTION; n++) {
		uint32_t iar = gic_ack();
		unsigned int irq = iar & 0x3ff;

		if (irq >= GIC_MAX_IRQS)    /* 1020-1023: spurious, nothing pending */
			return;
		if (handlers[irq].fn) {
			handlers[irq].fn(handlers[irq].arg);
		} else {
			gic_disable(irq);
			uk_pr_warn("interrupt %u has no handler: line disabled\n", irq);
		}
		gic_eoi(iar);
	}
}
