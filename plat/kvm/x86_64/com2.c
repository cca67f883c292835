/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * COM2 (16550 at 0x2f8, IRQ 3): the debug channel on x86_64 `pc`
 * (dbgchan.c picks it). A byte channel, not a console: no newline
 * translation, no ring. Output is polled; input is read straight from the
 * UART, by the receive interrupt's handler while the guest runs and by
 * the debugger's reader while it has the guest stopped; that reader
 * sleeps until the interrupt (x86_com2_wait_rx), which then runs no
 * handler: the byte stays for the reader. Nothing here knows who uses
 * the channel.
 */
#include <uk/plat/irq.h>
#include <kvm/irq.h>
#include "x86_64.h"
#include "uart16550.h"

#define COM2	 0x2f8
#define COM2_IRQ 3

static void (*rx_handler)(void);
static bool irq_registered;

/* A missing UART reads 0xff everywhere; the scratch register of a real one
 * keeps what was written. */
static bool com2_present(void)
{
	outb(COM2 + UART_SCR, 0x5a);
	if (inb(COM2 + UART_SCR) != 0x5a)
		return false;
	outb(COM2 + UART_SCR, 0xa5);
	return inb(COM2 + UART_SCR) == 0xa5;
}

int x86_com2_probe(void)
{
	if (!com2_present())
		return -1;
	uart16550_rx_irq(COM2, false);
	uart16550_setup(COM2);
	/* Input that is already waiting (a debugger that connected during
	 * boot) stays: it is the start of its first packet. */
	return 0;
}

int x86_com2_trygetc(void)
{
	return uart16550_trygetc(COM2);
}

void x86_com2_write(const char *buf, size_t len)
{
	for (size_t i = 0; i < len; i++)
		uart16550_putc(COM2, buf[i]);
}

static int com2_irq(void *arg __unused)
{
	if (!rx_handler || !uart16550_rx_ready(COM2))
		return 0;
	rx_handler();
	return 1;
}

/*
 * The UART raises its line for a byte in the receiver and drops it when
 * the byte is read, as the reader does next; the 8259 latches the rising
 * edge even while masked. A byte that arrives after the look below thus
 * ends the wait at once.
 */
void x86_com2_wait_rx(void)
{
	if (rx_handler && !uart16550_rx_ready(COM2))
		kvm_irq_wait(COM2_IRQ);
}

int x86_com2_set_rx_handler(void (*fn)(void))
{
	rx_handler = fn;
	if (fn && !irq_registered) {
		if (ukplat_irq_register(COM2_IRQ, com2_irq, NULL) < 0)
			return -1;
		irq_registered = true;
	}
	uart16550_rx_irq(COM2, fn != NULL);
	return 0;
}
