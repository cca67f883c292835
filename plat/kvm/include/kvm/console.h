/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Between the console UART drivers and what the platform layers on them.
 * A UART's own file (x86_64 serial.c, arm64 pl011.c) touches registers;
 * common/console_uart.c is the console on top (ring, newline translation,
 * receive interrupt); common/console_hooks.c holds the hooks of
 * <uk/plat/console.h>, through which common/dbgchan.c shares the console
 * with a debugger.
 */
#ifndef KVM_CONSOLE_H
#define KVM_CONSOLE_H

#include <uk/essentials.h>

/*
 * What the console UART's file provides. Polled, callable in any context,
 * also before the UART's init.
 */

/* UART: send @c unchanged once the transmitter has room. */
void kvm_cons_uart_putc(char c);

/* UART: the next received byte, or -1 when there is none. */
int kvm_cons_raw_trygetc(void);

/* UART: let the receiver raise its interrupt (@on) or not. */
void kvm_cons_uart_rx_irq(bool on);

/* UART: clear a raised receive interrupt, before the receiver is read. */
void kvm_cons_uart_rx_ack(void);

/*
 * What console_uart.c provides to the UART's file and to the debug channel.
 */

/* Write bytes unchanged (no "\r\n"), polled. */
void kvm_cons_raw_write(const char *buf, size_t len);

/*
 * Move the bytes waiting in the UART into the console's ring (a driver
 * about to reset its receiver keeps them so); interrupts masked.
 */
void kvm_cons_rx_drain(void);

/*
 * Take input by the UART's receive interrupt @irq from now on. Return 0,
 * or -1 when it cannot be registered: input then stays polled.
 */
int kvm_cons_rx_irq_init(unsigned int irq);

/* Run kvm_cons_ring_filter() over the bytes waiting in the ring (after a
 * filter or an interrupt handler is set). */
void kvm_cons_rx_refilter(void);

/* Hooks: whether the sink took @buf (else it goes to the UART). */
bool kvm_cons_tx_claimed(const char *buf, size_t len);

/* Hooks: whether the receive filter or the interrupt handler took @c
 * away from the console. */
bool kvm_cons_rx_claimed(int c);

/*
 * Drop from ring[*tail..*head) (indices running modulo @size, a power of
 * two) the bytes the filter claims, keeping the others in order; *head
 * moves back by the number dropped.
 */
void kvm_cons_ring_filter(uint8_t *ring, unsigned int size, unsigned int tail,
			  unsigned int *head);

#endif /* KVM_CONSOLE_H */
