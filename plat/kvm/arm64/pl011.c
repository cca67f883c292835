/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The console on the PL011 UART (Arm DDI 0183). Output is polled, so it
 * works from any context, before interrupts are set up and with the MMU
 * off. Input is interrupt driven: the handler drains the receiver into a
 * ring, and readers sleep until it has something. Nothing is lost when
 * input arrives faster than it is read: when the ring is full the receive
 * interrupt is masked, bytes stay in the UART, and QEMU holds back the rest
 * until they are read.
 *
 * The FIFOs stay off (as QEMU leaves them). Switching them on (LCR_H.FEN)
 * resets QEMU's receive FIFO, and a byte of piped input arriving right
 * then was seen lost and another repeated; with one byte at a time QEMU
 * holds the rest back and nothing is lost. Bulk input is slower, which a
 * console can afford.
 *
 * A debugger sharing the console (<kvm/console.h>) sees each received
 * byte first and may divert output.
 */
#include <uk/plat/console.h>
#include <uk/plat/irq.h>
#include <uk/arch/lcpu.h>
#include <uk/print.h>
#include <kvm/console.h>
#include "arm64.h"
#include "memlayout.h"

#define UART_DR       0x00
#define UART_FR       0x18
#define UART_FR_RXFE  (1U << 4)
#define UART_FR_TXFF  (1U << 5)
#define UART_CR       0x30
#define UART_CR_EN    (1U << 0 | 1U << 8 | 1U << 9)  /* UARTEN, TXE, RXE */
#define UART_IMSC     0x38
#define UART_ICR      0x44
#define UART_INT_RX   (1U << 4 | 1U << 6)            /* RX level, RX timeout */

#define RX_RING_SIZE  1024   /* a power of two */

static uintptr_t uart = KVM_PL011_BASE;
static bool rx_irq_on;

/* Written by the IRQ handler (head) and by readers with IRQs masked (tail). */
static uint8_t rx_ring[RX_RING_SIZE];
static unsigned int rx_head, rx_tail;
static bool rx_throttled;

static inline uint32_t rd32(unsigned int reg)
{
	return *(volatile uint32_t *)(uart + reg);
}

static inline void wr32(unsigned int reg, uint32_t v)
{
	*(volatile uint32_t *)(uart + reg) = v;
}

static void putc_raw(char c)
{
	while (rd32(UART_FR) & UART_FR_TXFF)
		;
	wr32(UART_DR, (uint8_t)c);
}

void ukplat_cons_write(const char *buf, size_t len)
{
	if (kvm_cons_tx_claimed(buf, len))
		return;
	for (size_t i = 0; i < len; i++) {
		if (buf[i] == '\n')
			putc_raw('\r');
		putc_raw(buf[i]);
	}
}

void kvm_cons_raw_write(const char *buf, size_t len)
{
	for (size_t i = 0; i < len; i++)
		putc_raw(buf[i]);
}

int kvm_cons_raw_trygetc(void)
{
	if (rd32(UART_FR) & UART_FR_RXFE)
		return -1;
	return (uint8_t)rd32(UART_DR);
}

/* Move received bytes into the ring; call with IRQs masked. */
static void rx_drain(void)
{
	int c;

	while (!(rd32(UART_FR) & UART_FR_RXFE)) {
		if (rx_head - rx_tail == RX_RING_SIZE) {
			wr32(UART_IMSC, 0);
			rx_throttled = true;
			return;
		}
		c = kvm_cons_raw_trygetc();
		if (!kvm_cons_rx_claimed(c))
			rx_ring[rx_head++ % RX_RING_SIZE] = (uint8_t)c;
	}
}

void kvm_cons_rx_refilter(void)
{
	kvm_cons_ring_filter(rx_ring, RX_RING_SIZE, rx_tail, &rx_head);
}

/*
 * Clear the interrupt before draining: a byte that arrives after the last
 * look at the FIFO raises it again, instead of being left unseen.
 */
static int pl011_irq(void *arg __unused)
{
	wr32(UART_ICR, UART_INT_RX);
	rx_drain();
	return 1;
}

/* Next byte from the ring (or straight from the UART); IRQs masked. */
static int rx_pop(void)
{
	int c;

	if (rx_head == rx_tail)
		rx_drain();
	if (rx_head == rx_tail)
		return -1;
	c = rx_ring[rx_tail++ % RX_RING_SIZE];
	if (rx_throttled) {
		rx_throttled = false;
		wr32(UART_IMSC, UART_INT_RX);
		rx_drain();
	}
	return c;
}

int ukplat_cons_trygetc(void)
{
	unsigned long flags = ukarch_irq_save();
	int c = rx_pop();

	ukarch_irq_restore(flags);
	return c;
}

int ukplat_cons_getc(void)
{
	for (;;) {
		unsigned long flags = ukarch_irq_save();
		int c = rx_pop();

		if (c >= 0 || !rx_irq_on) {
			ukarch_irq_restore(flags);
			if (c >= 0)
				return c;
			continue;   /* no receive interrupt yet: poll */
		}
		ukarch_wait_for_irq();
		ukarch_irq_restore(flags);
	}
}

void arm64_pl011_init(uintptr_t base, unsigned int irq)
{
	uart = base;
	wr32(UART_CR, rd32(UART_CR) | UART_CR_EN);
	wr32(UART_ICR, UART_INT_RX);
	wr32(UART_IMSC, UART_INT_RX);
	if (ukplat_irq_register(irq, pl011_irq, NULL) < 0) {
		uk_pr_err("PL011: cannot register interrupt %u: input is polled\n", irq);
		return;
	}
	rx_irq_on = true;
}
