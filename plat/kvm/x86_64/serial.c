/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * COM1 (16550) console. Output is polled. Input is interrupt driven: the
 * receive interrupt drains the receiver into a ring, so a reader can sleep in
 * hlt instead of spinning on the line status register. When the ring is
 * full the receive interrupt is switched off until a byte is consumed; the
 * UART (and QEMU behind it) then holds further input back instead of
 * losing it. A debugger sharing the console (<kvm/console.h>) sees each
 * received byte first and may divert output.
 */
#include <uk/plat/console.h>
#include <uk/plat/irq.h>
#include <uk/arch/lcpu.h>
#include <uk/asm/io.h>
#include <kvm/console.h>
#include "x86_64.h"

#define COM1      0x3f8
#define COM1_IRQ  4
#include "uart16550.h"

#define RX_RING 256

static uint8_t rx_ring[RX_RING];
static volatile unsigned int rx_head, rx_tail; /* head: writer, tail: reader */

static void com1_putc(char c)
{
	while (!(inb(COM1 + UART_LSR) & LSR_THRE))
		;
	outb(COM1 + UART_DATA, c);
}

void ukplat_cons_write(const char *buf, size_t len)
{
	if (kvm_cons_tx_claimed(buf, len))
		return;
	for (size_t i = 0; i < len; i++) {
		if (buf[i] == '\n')
			com1_putc('\r');
		com1_putc(buf[i]);
	}
}

void kvm_cons_raw_write(const char *buf, size_t len)
{
	for (size_t i = 0; i < len; i++)
		com1_putc(buf[i]);
}

int kvm_cons_raw_trygetc(void)
{
	if (!(inb(COM1 + UART_LSR) & LSR_DR))
		return -1;
	return inb(COM1 + UART_DATA);
}

static int com1_rx_irq(void *arg __unused)
{
	int got = 0, c;

	while (rx_head - rx_tail < RX_RING) {
		c = kvm_cons_raw_trygetc();
		if (c < 0)
			return got;
		got = 1;
		if (!kvm_cons_rx_claimed(c))
			rx_ring[rx_head++ % RX_RING] = (uint8_t)c;
	}
	outb(COM1 + UART_IER, 0);
	return got;
}

void kvm_cons_rx_refilter(void)
{
	unsigned int head = rx_head;

	kvm_cons_ring_filter(rx_ring, RX_RING, rx_tail, &head);
	rx_head = head;
}

int ukplat_cons_trygetc(void)
{
	unsigned long flags = ukarch_irq_save();
	int c = -1;

	if (rx_head == rx_tail)
		com1_rx_irq(NULL);
	if (rx_head != rx_tail) {
		c = rx_ring[rx_tail % RX_RING];
		rx_tail++;
		outb(COM1 + UART_IER, IER_RX);
	}
	ukarch_irq_restore(flags);
	return c;
}

int ukplat_cons_getc(void)
{
	int c;

	while ((c = ukplat_cons_trygetc()) < 0) {
		ukarch_irq_disable();
		if (rx_head == rx_tail)
			ukarch_wait_for_irq();
		ukarch_irq_enable();
	}
	return c;
}

void x86_serial_init(void)
{
	outb(COM1 + UART_IER, 0);
	/*
	 * Piped input may already wait in the receiver, and changing the FIFO
	 * mode below resets it: keep those bytes first.
	 */
	com1_rx_irq(NULL);
	outb(COM1 + UART_LCR, LCR_DLAB);
	outb(COM1 + UART_DLL, 1); /* 115200 baud */
	outb(COM1 + UART_DLM, 0);
	outb(COM1 + UART_LCR, LCR_8N1);
	/*
	 * No receive FIFO: QEMU's 16550 then hands over one byte at a time and
	 * holds the rest back, while in FIFO mode it was seen to drop input
	 * under load. The console does not need the throughput.
	 */
	outb(COM1 + UART_FCR, FCR_NONE);
	outb(COM1 + UART_MCR, MCR_DTR_RTS | MCR_OUT2);
}

void x86_serial_irq_init(void)
{
	ukplat_irq_register(COM1_IRQ, com1_rx_irq, NULL);
	outb(COM1 + UART_IER, IER_RX);
}
