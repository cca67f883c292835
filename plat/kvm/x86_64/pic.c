/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The 8259 PIC pair, present on both `pc` and `microvm`. Lines 0-15 are
 * remapped to vectors 32-47 so they do not collide with CPU exceptions;
 * every line stays masked until a driver registers a handler for it. The
 * pair reaches the CPU through the local APIC in virtual-wire mode.
 * Every line is edge-triggered: the 8259 latches a rising edge in its
 * request register whether the line is masked or not. The debugging
 * views' description of both (<uk/plat/irqinfo.h>) is at the end.
 */
#include <stdio.h>
#include <uk/plat/irq.h>
#include <uk/plat/irqinfo.h>
#include <uk/print.h>
#include <uk/asm/io.h>
#include <kvm/irq.h>
#include "memlayout.h"
#include "lapic.h"
#include "x86_64.h"

#define PIC1_CMD	0x20
#define PIC1_DATA	0x21
#define PIC2_CMD	0xa0
#define PIC2_DATA	0xa1
#define PIC_EOI		0x20
#define PIC_OCW3_IRR	0x0a
#define PIC_OCW3_ISR	0x0b
#define PIC_CASCADE_IRQ 2
#define PIC_LINES	16

static struct {
	ukplat_irq_handler_t fn;
	void *arg;
} handlers[PIC_LINES];
static uint16_t mask = 0xffff;
static bool wake_only; /* in kvm_irq_wait: no handler runs */

static void pic_write_mask(void)
{
	outb(PIC1_DATA, mask & 0xff);
	outb(PIC2_DATA, mask >> 8);
}

/*
 * Virtual-wire mode: the 8259's output enters the local APIC on LINT0 as
 * ExtINT. SeaBIOS (`pc`) sets this up, qboot (`microvm`) does not: there
 * LINT0 stays masked and not one 8259 interrupt reaches the CPU.
 */
static void lapic_virtual_wire(void)
{
	lapic_write(LAPIC_SVR, LAPIC_SVR_ENABLE | LAPIC_SPURIOUS_VEC);
	lapic_write(LAPIC_LVT_LINT0, LAPIC_DM_EXTINT);
	lapic_write(LAPIC_LVT_LINT1, LAPIC_DM_NMI);
}

void x86_pic_init(void)
{
	outb(PIC1_CMD, 0x11); /* ICW1: edge, cascade, ICW4 follows */
	outb(PIC2_CMD, 0x11);
	outb(PIC1_DATA, KVM_IRQ_VECTOR_BASE);
	outb(PIC2_DATA, KVM_IRQ_VECTOR_BASE + 8);
	outb(PIC1_DATA, 1 << PIC_CASCADE_IRQ);
	outb(PIC2_DATA, PIC_CASCADE_IRQ);
	outb(PIC1_DATA, 0x01); /* 8086 mode */
	outb(PIC2_DATA, 0x01);
	mask = 0xffff & ~(1 << PIC_CASCADE_IRQ);
	pic_write_mask();
	lapic_virtual_wire();
}

int ukplat_irq_register(unsigned int irq, ukplat_irq_handler_t fn, void *arg)
{
	if (irq >= PIC_LINES || irq == PIC_CASCADE_IRQ || handlers[irq].fn)
		return -1;
	handlers[irq].fn = fn;
	handlers[irq].arg = arg;
	mask &= ~(1 << irq);
	pic_write_mask();
	return 0;
}

static void warn_line(void *arg __unused, const char *line)
{
	uk_pr_warn("  %s\n", line);
}

bool x86_pic_dispatch(unsigned int irq)
{
	/*
	 * A spurious IRQ 7/15 is not in service: it must not be acknowledged.
	 */
	if (irq == 7 || irq == 15) {
		outb(irq == 7 ? PIC1_CMD : PIC2_CMD, 0x0b);
		if (!(inb(irq == 7 ? PIC1_CMD : PIC2_CMD) & 0x80)) {
			if (irq == 15)
				outb(PIC1_CMD, PIC_EOI);
			return false;
		}
	}
	/*
	 * End of interrupt before the handler, not after: handlers run with
	 * interrupts masked, so nothing nests, and a handler that stays (the
	 * GDB stub serving a stop the debugger asked for in this interrupt)
	 * can then be woken by the next interrupt of its line, which the 8259
	 * holds back while this one is in service. An edge on the line while
	 * the handler runs is latched and taken after it.
	 */
	if (irq >= 8)
		outb(PIC2_CMD, PIC_EOI);
	outb(PIC1_CMD, PIC_EOI);
	if (wake_only)
		return false;
	if (irq < PIC_LINES && handlers[irq].fn) {
		handlers[irq].fn(handlers[irq].arg);
		return true;
	}
	/* Masked lines do not interrupt: this is a software int, or a bug. */
	uk_pr_warn("IRQ %u (vector %u) has no handler: line masked\n", irq,
		   KVM_IRQ_VECTOR_BASE + irq);
	mask |= 1 << irq;
	pic_write_mask();
	ukplat_irq_controller(warn_line, NULL);
	return true;
}

void kvm_irq_wait(unsigned int irq)
{
	uint16_t saved = mask;

	mask = 0xffff & ~(1 << irq);
	if (irq >= 8)
		mask &= ~(1 << PIC_CASCADE_IRQ);
	pic_write_mask();
	/* The interrupt only ends the wait: its handler would take what the
	 * waiting driver is after (the debugger's bytes). */
	wake_only = true;
	/* The local APIC timer (the scheduler's) is held back by the task
	 * priority, pending until the wait is over; the 8259's ExtINT ignores
	 * priorities. */
	lapic_write(LAPIC_TPR, LAPIC_TPR_ALL);
	/* hlt with IF clear never wakes. sti holds interrupts back for one
	 * more instruction, so one already pending is taken in hlt. */
	__asm__ __volatile__("sti; hlt; cli" : : : "memory");
	lapic_write(LAPIC_TPR, 0);
	wake_only = false;
	mask = saved;
	pic_write_mask();
}

/* OCW3: the next read of the command port returns the IRR or the ISR. */
static uint16_t pic_read(uint8_t ocw3)
{
	uint16_t v;

	outb(PIC1_CMD, ocw3);
	outb(PIC2_CMD, ocw3);
	v = inb(PIC1_CMD) | (uint16_t)inb(PIC2_CMD) << 8;
	outb(PIC1_CMD, PIC_OCW3_IRR);
	outb(PIC2_CMD, PIC_OCW3_IRR);
	return v;
}

void ukplat_irq_lines(void (*fn)(void *arg, const struct ukplat_irq_line *l),
		      void *arg)
{
	uint16_t imr = inb(PIC1_DATA) | (uint16_t)inb(PIC2_DATA) << 8;
	uint16_t irr = pic_read(PIC_OCW3_IRR), isr = pic_read(PIC_OCW3_ISR);
	uint32_t lvt = lapic_read(LAPIC_LVT_TIMER);
	struct ukplat_irq_line l = { .source = "8259",
				     .device = true,
				     .priority = -1 };

	for (unsigned int i = 0; i < PIC_LINES; i++) {
		l.irq = i;
		l.vector = KVM_IRQ_VECTOR_BASE + i;
		l.enabled = !(imr & (1 << i));
		l.pending = irr & (1 << i);
		l.active = isr & (1 << i);
		l.handler = (const void *)handlers[i].fn;
		if (l.enabled || l.pending || l.active || l.handler)
			fn(arg, &l);
	}
	/* The timer's priority is its vector's class, as the TPR compares. */
	l = (struct ukplat_irq_line){
		.irq = LAPIC_TIMER_VEC,
		.vector = LAPIC_TIMER_VEC,
		.source = "LAPIC timer",
		.enabled = !(lvt & LAPIC_LVT_MASKED),
		.pending = lapic_vector_bit(LAPIC_IRR, LAPIC_TIMER_VEC),
		.active = lapic_vector_bit(LAPIC_ISR, LAPIC_TIMER_VEC),
		.priority = LAPIC_TIMER_VEC >> 4,
		.handler = (const void *)x86_timer_irq,
	};
	fn(arg, &l);
}

void ukplat_irq_controller(void (*fn)(void *arg, const char *line), void *arg)
{
	char line[96];

	snprintf(line, sizeof(line),
		 "8259: IMR %04x IRR %04x ISR %04x (bit n = IRQ n)",
		 inb(PIC1_DATA) | inb(PIC2_DATA) << 8, pic_read(PIC_OCW3_IRR),
		 pic_read(PIC_OCW3_ISR));
	fn(arg, line);
	snprintf(line, sizeof(line),
		 "LAPIC: TPR %02x PPR %02x SVR %03x LINT0 %05x LINT1 %05x",
		 lapic_read(LAPIC_TPR), lapic_read(LAPIC_PPR),
		 lapic_read(LAPIC_SVR), lapic_read(LAPIC_LVT_LINT0),
		 lapic_read(LAPIC_LVT_LINT1));
	fn(arg, line);
	snprintf(line, sizeof(line),
		 "LAPIC timer: LVT %05x initial %08x current %08x",
		 lapic_read(LAPIC_LVT_TIMER), lapic_read(LAPIC_TIMER_INIT),
		 lapic_read(LAPIC_TIMER_CUR));
	fn(arg, line);
}
