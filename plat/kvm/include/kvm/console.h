/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Between the console UART drivers (x86_64 serial.c, arm64 pl011.c) and
 * what the platform layers on them: the hooks of <uk/plat/console.h>
 * (common/console_hooks.c) and the debug channel shared with the console
 * (common/dbgchan.c).
 */
#ifndef KVM_CONSOLE_H
#define KVM_CONSOLE_H

#include <uk/essentials.h>

/* Driver: the next byte straight from the UART, bypassing the reader's
 * ring (-1 when none); interrupts masked. */
int kvm_cons_raw_trygetc(void);

/* Driver: write bytes unchanged (no "\r\n"), polled. */
void kvm_cons_raw_write(const char *buf, size_t len);

/* Driver: run kvm_cons_ring_filter() over the bytes waiting in the ring
 * (after a filter or an interrupt handler is set). */
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
