/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * GICv2 (Arm IHI 0048B). QEMU's virt machine runs the guest in the
 * non-secure world of a GIC without security extensions, so every interrupt
 * stays in group 0 and is signalled as IRQ. SPIs are routed to CPU 0 and
 * start disabled; ukplat_irq_register() enables lines one at a time.
 */
#include <stdio.h>
#include <uk/print.h>
#include <uk/plat/irqinfo.h>
#include <uk/asm/cpu.h>
#include "arm64.h"
#include "gic.h"

#define GICD_CTLR	0x000
#define GICD_TYPER	0x004
#define GICD_ISENABLER	0x100
#define GICD_ICENABLER	0x180
#define GICD_ISPENDR	0x200
#define GICD_ICPENDR	0x280
#define GICD_ISACTIVER	0x300
#define GICD_ICACTIVER	0x380
#define GICD_IPRIORITYR 0x400
#define GICD_ITARGETSR	0x800
#define GICD_ICFGR	0xc00

#define GICC_CTLR  0x000
#define GICC_PMR   0x004
#define GICC_BPR   0x008
#define GICC_IAR   0x00c
#define GICC_EOIR  0x010
#define GICC_RPR   0x014
#define GICC_HPPIR 0x018

static uintptr_t gicd, gicc;
static unsigned int nr_irqs;

static inline uint32_t rd32(uintptr_t a)
{
	return *(volatile uint32_t *)a;
}

static inline void wr32(uintptr_t a, uint32_t v)
{
	*(volatile uint32_t *)a = v;
}

unsigned int gic_nr_irqs(void)
{
	return nr_irqs;
}

void gic_enable(unsigned int irq)
{
	wr32(gicd + GICD_ISENABLER + 4 * (irq / 32), 1U << (irq % 32));
}

void gic_disable(unsigned int irq)
{
	wr32(gicd + GICD_ICENABLER + 4 * (irq / 32), 1U << (irq % 32));
	dsb(sy);
}

void gic_set_priority(unsigned int irq, uint8_t prio)
{
	*(volatile uint8_t *)(gicd + GICD_IPRIORITYR + irq) = prio;
}

uint8_t gic_priority(unsigned int irq)
{
	return *(volatile uint8_t *)(gicd + GICD_IPRIORITYR + irq);
}

void gic_set_pmr(uint8_t pmr)
{
	wr32(gicc + GICC_PMR, pmr);
}

/* Changing the trigger of an enabled line is UNPREDICTABLE: disable first. */
void gic_set_edge(unsigned int irq, bool edge)
{
	uintptr_t reg = gicd + GICD_ICFGR + 4 * (irq / 16);
	uint32_t bit = 2U << (2 * (irq % 16));
	uint32_t on;

	if (irq < 32 || irq >= nr_irqs)
		return;
	on = rd32(gicd + GICD_ISENABLER + 4 * (irq / 32)) & (1U << (irq % 32));
	gic_disable(irq);
	wr32(reg, edge ? rd32(reg) | bit : rd32(reg) & ~bit);
	if (on)
		gic_enable(irq);
}

uint32_t gic_state_bits(enum gic_state which, unsigned int first)
{
	static const unsigned int reg[] = { GICD_ISENABLER, GICD_ISPENDR,
					    GICD_ISACTIVER };

	return rd32(gicd + reg[which] + first / 8);
}

uint8_t gic_targets(unsigned int irq)
{
	return *(volatile uint8_t *)(gicd + GICD_ITARGETSR + irq);
}

void ukplat_irq_controller(void (*fn)(void *arg, const char *line), void *arg)
{
	char line[96];

	snprintf(line, sizeof(line), "GICv2 distributor: CTLR %x, %u IDs",
		 rd32(gicd + GICD_CTLR), nr_irqs);
	fn(arg, line);
	/* HPPIR's 1023: nothing pending that this CPU could take. */
	snprintf(line, sizeof(line),
		 "GICv2 CPU interface: CTLR %x PMR %02x RPR %02x HPPIR %u",
		 rd32(gicc + GICC_CTLR), rd32(gicc + GICC_PMR),
		 rd32(gicc + GICC_RPR), rd32(gicc + GICC_HPPIR) & 0x3ff);
	fn(arg, line);
}

uint32_t gic_ack(void)
{
	return rd32(gicc + GICC_IAR);
}

void gic_eoi(uint32_t iar)
{
	wr32(gicc + GICC_EOIR, iar);
}

void arm64_gic_init(uintptr_t dist, uintptr_t cpu)
{
	unsigned int i;

	gicd = dist;
	gicc = cpu;
	wr32(gicd + GICD_CTLR, 0);
	nr_irqs = 32 * ((rd32(gicd + GICD_TYPER) & 0x1f) + 1);
	if (nr_irqs > GIC_MAX_IRQS)
		nr_irqs = GIC_MAX_IRQS;

	for (i = 0; i < nr_irqs; i += 32) {
		wr32(gicd + GICD_ICENABLER + i / 8, 0xffffffff);
		wr32(gicd + GICD_ICPENDR + i / 8, 0xffffffff);
		wr32(gicd + GICD_ICACTIVER + i / 8, 0xffffffff);
	}
	for (i = 0; i < nr_irqs; i += 4)
		wr32(gicd + GICD_IPRIORITYR + i,
		     0x01010101U * GIC_PRIO_DEFAULT);
	for (i = 32; i < nr_irqs; i += 4)
		wr32(gicd + GICD_ITARGETSR + i, 0x01010101U);
	for (i = 32; i < nr_irqs; i += 16)
		wr32(gicd + GICD_ICFGR + i / 4, 0); /* SPIs level-sensitive */
	wr32(gicd + GICD_CTLR, 1);

	wr32(gicc + GICC_PMR, GIC_PMR_ALL);
	wr32(gicc + GICC_BPR, 0);
	wr32(gicc + GICC_CTLR, 1);
	uk_pr_debug("GICv2 at %#lx/%#lx, %u interrupt IDs\n",
		    (unsigned long)gicd, (unsigned long)gicc, nr_irqs);
}
