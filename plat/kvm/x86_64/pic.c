/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The 8259 PIC pair, present on both `pc` and `microvm`. Lines 0-15 are
 * remapped to vectors 32-47 so they do not collide with CPU exceptions;
 * every line stays masked until a driver registers a handler for it.
 */
#include <uk/plat/irq.h>
#include <uk/asm/io.h>
#include "memlayout.h"
#include "x86_64.h"

#define PIC1_CMD  0x20
#define PIC1_DATA 0x21
#define PIC2_CMD  0xa0
#define PIC2_DATA 0xa1
#define PIC_EOI   0x20
#define PIC_CASCADE_IRQ 2
#define PIC_LINES 16

static struct {
	ukplat_irq_handler_t fn;
	void *arg;
} handlers[PIC_LINES];
static uint16_t mask = 0xffff;

static void pic_write_mask(void)
{
	outb(PIC1_DATA, mask & 0xff);
	outb(PIC2_DATA, mask >> 8);
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

void x86_pic_dispatch(unsigned int irq)
{
	/* A spurious IRQ 7/15 is not in service: it must not be acknowledged. */
	if (irq == 7 || irq == 15) {
		outb(irq == 7 ? PIC1_CMD : PIC2_CMD, 0x0b);
		if (!(inb(irq == 7 ? PIC1_CMD : PIC2_CMD) & 0x80)) {
			if (irq == 15)
				outb(PIC1_CMD, PIC_EOI);
			return;
		}
	}
	if (irq < PIC_LINES && handlers[irq].fn)
		handlers[irq].fn(handlers[irq].arg);
	if (irq >= 8)
		outb(PIC2_CMD, PIC_EOI);
	outb(PIC1_CMD, PIC_EOI);
}
