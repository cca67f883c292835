/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The PL011 UART (Arm DDI 0183) under the console (<kvm/console.h>,
 * common/console_uart.c): register access only.
 *
 * The FIFOs stay off (as QEMU leaves them). Switching them on (LCR_H.FEN)
 * resets QEMU's receive FIFO, and a byte of piped input arriving right
 * then was seen lost and another repeated; with one byte at a time QEMU
 * holds the rest back and nothing is lost. Bulk input is slower, which a
 * console can afford.
 */
#include <kvm/console.h>
#include "arm64.h"
#include "memlayout.h"

#define UART_DR	     0x00
#define UART_FR	     0x18
#define UART_FR_RXFE (1U << 4)
#define UART_FR_TXFF (1U << 5)
#define UART_CR	     0x30
#define UART_CR_EN   (1U << 0 | 1U << 8 | 1U << 9) /* UARTEN, TXE, RXE */
#define UART_IMSC    0x38
#define UART_ICR     0x44
#define UART_INT_RX  (1U << 4 | 1U << 6) /* RX level, RX timeout */

static uintptr_t uart = KVM_PL011_BASE;

static inline uint32_t rd32(unsigned int reg)
{
	return *(volatile uint32_t *)(uart + reg);
}

static inline void wr32(unsigned int reg, uint32_t v)
{
	*(volatile uint32_t *)(uart + reg) = v;
}

void kvm_cons_uart_putc(char c)
{
	while (rd32(UART_FR) & UART_FR_TXFF)
		;
	wr32(UART_DR, (uint8_t)c);
}

int kvm_cons_raw_trygetc(void)
{
	if (rd32(UART_FR) & UART_FR_RXFE)
		return -1;
	return (uint8_t)rd32(UART_DR);
}

void kvm_cons_uart_rx_irq(bool on)
{
	wr32(UART_IMSC, on ? UART_INT_RX : 0);
}

void kvm_cons_uart_rx_ack(void)
{
	wr32(UART_ICR, UART_INT_RX);
}

void arm64_pl011_init(uintptr_t base, unsigned int irq)
{
	uart = base;
	wr32(UART_CR, rd32(UART_CR) | UART_CR_EN);
	kvm_cons_uart_rx_ack();
	kvm_cons_rx_irq_init(irq);
}
