/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The console over a UART (<uk/plat/console.h>), the same for every
 * machine; the UART's own file (x86_64 serial.c, arm64 pl011.c) only
 * touches registers (<kvm/console.h>). Output is polled, so it works from
 * any context, before interrupts are set up. Input is interrupt driven:
 * the receive interrupt drains the UART into a ring, and readers sleep
 * until it has something. Nothing is lost when input arrives faster than
 * it is read: when the ring is full the receive interrupt is switched off,
 * bytes stay in the UART, and QEMU holds back the rest until they are read.
 * A reader that blocks its thread rather than the CPU is told by the rx
 * notify function when the interrupt put bytes into the ring.
 * A debugger sharing the console (console_hooks.c) sees each received byte
 * first and may divert output.
 */
#include <uk/plat/console.h>
#include <uk/plat/irq.h>
#include <uk/arch/lcpu.h>
#include <uk/print.h>
#include <kvm/console.h>

#define RX_RING_SIZE 1024 /* a power of two */

/* Written by the IRQ handler (head) and by readers with IRQs masked (tail). */
static uint8_t rx_ring[RX_RING_SIZE];
static unsigned int rx_head, rx_tail;
static bool rx_throttled;
static bool rx_irq_on;
static void (*rx_notify)(void);

void ukplat_cons_write(const char *buf, size_t len)
{
	if (kvm_cons_tx_claimed(buf, len))
		return;
	for (size_t i = 0; i < len; i++) {
		if (buf[i] == '\n')
			kvm_cons_uart_putc('\r');
		kvm_cons_uart_putc(buf[i]);
	}
}

void kvm_cons_raw_write(const char *buf, size_t len)
{
	for (size_t i = 0; i < len; i++)
		kvm_cons_uart_putc(buf[i]);
}

void kvm_cons_rx_drain(void)
{
	int c;

	while (rx_head - rx_tail < RX_RING_SIZE) {
		c = kvm_cons_raw_trygetc();
		if (c < 0)
			return;
		if (!kvm_cons_rx_claimed(c))
			rx_ring[rx_head++ % RX_RING_SIZE] = (uint8_t)c;
	}
	kvm_cons_uart_rx_irq(false);
	rx_throttled = true;
}

void kvm_cons_rx_refilter(void)
{
	kvm_cons_ring_filter(rx_ring, RX_RING_SIZE, rx_tail, &rx_head);
}

/*
 * Clear the interrupt before draining: a byte that arrives after the last
 * look at the UART raises it again, instead of being left unseen.
 */
static int cons_rx_irq(void *arg __unused)
{
	unsigned int head = rx_head;

	kvm_cons_uart_rx_ack();
	kvm_cons_rx_drain();
	if (rx_head != head && rx_notify)
		rx_notify();
	return 1;
}

void ukplat_cons_set_rx_notify(void (*fn)(void))
{
	rx_notify = fn;
}

/* Next byte from the ring (or straight from the UART); IRQs masked. */
static int rx_pop(void)
{
	int c;

	if (rx_head == rx_tail)
		kvm_cons_rx_drain();
	if (rx_head == rx_tail)
		return -1;
	c = rx_ring[rx_tail++ % RX_RING_SIZE];
	if (rx_throttled) {
		rx_throttled = false;
		kvm_cons_uart_rx_irq(true);
		kvm_cons_rx_drain();
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
			continue; /* no receive interrupt yet: poll */
		}
		ukarch_wait_for_irq();
		ukarch_irq_restore(flags);
	}
}

int kvm_cons_rx_irq_init(unsigned int irq)
{
	if (ukplat_irq_register(irq, cons_rx_irq, NULL) < 0) {
		uk_pr_err("console: no interrupt %u: input is polled\n", irq);
		return -1;
	}
	kvm_cons_uart_rx_irq(true);
	rx_irq_on = true;
	return 0;
}
