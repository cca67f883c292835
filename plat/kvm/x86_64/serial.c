/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * COM1 (16550 at 0x3f8, IRQ 4) under the console (<kvm/console.h>,
 * common/console_uart.c): register access and bring-up only.
 */
#include <kvm/console.h>
#include "x86_64.h"
#include "uart16550.h"

#define COM1	 0x3f8
#define COM1_IRQ 4

void kvm_cons_uart_putc(char c)
{
	uart16550_putc(COM1, c);
}

int kvm_cons_raw_trygetc(void)
{
	return uart16550_trygetc(COM1);
}

void kvm_cons_uart_rx_irq(bool on)
{
	uart16550_rx_irq(COM1, on);
}

/* Reading the byte clears the 16550's receive interrupt. */
void kvm_cons_uart_rx_ack(void)
{
}

void x86_serial_init(void)
{
	uart16550_rx_irq(COM1, false);
	/*
	 * Piped input may already wait in the receiver, and changing the FIFO
	 * mode resets it: keep those bytes first.
	 */
	kvm_cons_rx_drain();
	uart16550_setup(COM1);
}

void x86_serial_irq_init(void)
{
	kvm_cons_rx_irq_init(COM1_IRQ);
}
