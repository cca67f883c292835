/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Device interrupt handlers by GIC interrupt ID, and the IRQ exception path:
 * acknowledge, signal end of interrupt, run the handler, repeat while
 * anything is pending. Handlers run with IRQs masked on the interrupted
 * stack. A line that fires without a handler is disabled so it cannot
 * storm, and reported with the controller's state.
 */
#include <uk/plat/irq.h>
#include <uk/plat/irqinfo.h>
#include <uk/print.h>
#include <uk/trace.h>
#include <uk/asm/cpu.h>
#include <kvm/irq.h>
#include "arm64.h"
#include "gic.h"

#define GIC_SGI_COUNT	   16
#define IRQS_PER_EXCEPTION 32 /* bound the loop if a level line stays high */

struct irq_handler {
	ukplat_irq_handler_t fn;
	void *arg;
};

static struct irq_handler handlers[GIC_MAX_IRQS];

int ukplat_irq_register(unsigned int irq, ukplat_irq_handler_t fn, void *arg)
{
	if (!fn || irq < GIC_SGI_COUNT || irq >= gic_nr_irqs() ||
	    handlers[irq].fn)
		return -1;
	handlers[irq].arg = arg;
	handlers[irq].fn = fn;
	gic_enable(irq);
	return 0;
}

static void warn_line(void *arg __unused, const char *line)
{
	uk_pr_warn("  %s\n", line);
}

UK_TRACEPOINT(plat_irq, "line=%u", unsigned int);

void arm64_irq_handle(void)
{
	for (int n = 0; n < IRQS_PER_EXCEPTION; n++) {
		uint32_t iar = gic_ack();
		unsigned int irq = iar & 0x3ff;

		if (irq >=
		    GIC_MAX_IRQS) /* 1020-1023: spurious, nothing pending */
			return;
		if (!handlers[irq].fn) {
			gic_disable(irq);
			gic_eoi(iar);
			uk_pr_warn(
			    "interrupt %u has no handler: line disabled\n",
			    irq);
			ukplat_irq_controller(warn_line, NULL);
			continue;
		}
		/*
		 * End of interrupt before the handler, not after: handlers run
		 * with IRQs masked, so nothing nests, and a handler that stays
		 * (the GDB stub serving a stop the debugger asked for in this
		 * interrupt) can then be woken by the next interrupt of any
		 * line, which the GIC holds back while this one is active. A
		 * level line still high is pending again until the handler
		 * acknowledges its device.
		 */
		gic_eoi(iar);
		plat_irq(irq);
		handlers[irq].fn(handlers[irq].arg);
	}
}

void ukplat_irq_lines(void (*fn)(void *arg, const struct ukplat_irq_line *l),
		      void *arg)
{
	for (unsigned int first = 0; first < gic_nr_irqs(); first += 32) {
		uint32_t en = gic_state_bits(GIC_ENABLED, first);
		uint32_t pend = gic_state_bits(GIC_PENDING, first);
		uint32_t act = gic_state_bits(GIC_ACTIVE, first);

		for (unsigned int i = first;
		     i < first + 32 && i < gic_nr_irqs(); i++) {
			uint32_t bit = 1U << (i % 32);
			struct ukplat_irq_line l = {
				.irq = i,
				.vector = i,
				.source = i < GIC_SGI_COUNT ? "SGI"
					  : i < 32	    ? "PPI"
							    : "SPI",
				.device = i >= 32,
				.enabled = en & bit,
				.pending = pend & bit,
				.active = act & bit,
				.priority = gic_priority(i),
				.targets = i < 32 ? 0 : gic_targets(i),
				.handler = (const void *)handlers[i].fn,
			};

			/* SGIs are always enabled (QEMU), none has a handler:
			 * only a request makes one worth a line. */
			if (l.pending || l.active || l.handler ||
			    (l.enabled && i >= GIC_SGI_COUNT))
				fn(arg, &l);
		}
	}
}

/*
 * The line waited on goes above the others' priority and the priority
 * mask between them, so that a line left pending (console input while
 * the CPU is stopped) cannot end every wfi at once.
 */
void kvm_irq_wait(unsigned int irq)
{
	uint8_t prio = gic_priority(irq);

	gic_set_priority(irq, GIC_PRIO_WAKE);
	gic_set_pmr(GIC_PRIO_DEFAULT);
	dsb(sy); /* the GIC has both before the CPU sleeps */
	__asm__ __volatile__("wfi" : : : "memory");
	gic_set_pmr(GIC_PMR_ALL);
	gic_set_priority(irq, prio);
}
