/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The console's hooks (<uk/plat/console.h>): an output sink and a receive
 * filter, through which a debugger shares the console UART, and the
 * interrupt character's handler, through which the shell ends a running
 * command. The UART drivers ask here for each write and each received byte.
 */
#include <uk/plat/console.h>
#include <uk/arch/lcpu.h>
#include <kvm/console.h>

static bool (*sink)(const char *buf, size_t len);
static bool (*rx_filter)(int c);
static void (*intr_fn)(void);
/* What kvm_cons_ring_filter() asks about each byte waiting in the ring. */
static bool (*ring_claims)(int c) = kvm_cons_rx_claimed;

static bool intr_claimed(int c)
{
	if (c != UKPLAT_CONS_INTR || !intr_fn)
		return false;
	intr_fn();
	return true;
}

void ukplat_cons_set_sink(bool (*fn)(const char *buf, size_t len))
{
	sink = fn;
}

void ukplat_cons_set_rx_filter(bool (*fn)(int c))
{
	unsigned long flags = ukarch_irq_save();

	rx_filter = fn;
	if (fn)
		kvm_cons_rx_refilter();
	ukarch_irq_restore(flags);
}

/*
 * The waiting bytes are shown to the new handler only: the receive filter
 * declined each of them already, and showing one to it again, with a
 * debugger attached since, would hand it console input.
 */
void ukplat_cons_set_intr_handler(void (*fn)(void))
{
	unsigned long flags = ukarch_irq_save();

	intr_fn = fn;
	if (fn) {
		ring_claims = intr_claimed;
		kvm_cons_rx_refilter();
		ring_claims = kvm_cons_rx_claimed;
	}
	ukarch_irq_restore(flags);
}

bool kvm_cons_tx_claimed(const char *buf, size_t len)
{
	return sink && sink(buf, len);
}

bool kvm_cons_rx_claimed(int c)
{
	return (rx_filter && rx_filter(c)) || intr_claimed(c);
}

void kvm_cons_ring_filter(uint8_t *ring, unsigned int size, unsigned int tail,
			  unsigned int *head)
{
	unsigned int out = tail;

	for (unsigned int in = tail; in != *head; in++) {
		uint8_t c = ring[in & (size - 1)];

		if (!ring_claims(c))
			ring[out++ & (size - 1)] = c;
	}
	*head = out;
}
