/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The debug channel (<uk/plat/dbgchan.h>): the architecture's dedicated
 * channel (<kvm/dbgchan.h>) or the console's UART (<kvm/console.h>),
 * whichever the debugger asked for, and the receive paths: the interrupt
 * that shows the debugger each byte while the guest runs, and the wait for
 * the next byte while the debugger has the CPU stopped.
 */
#include <uk/plat/console.h>
#include <uk/plat/dbgchan.h>
#include <uk/arch/lcpu.h>
#include <kvm/console.h>
#include <kvm/dbgchan.h>

enum { CHAN_NONE, CHAN_DEDICATED, CHAN_CONSOLE };

static int chan;
static bool (*rx_fn)(int c);

int ukplat_dbgchan_init(enum ukplat_dbgchan_kind kind)
{
	if (kind == UKPLAT_DBGCHAN_CONSOLE)
		chan = CHAN_CONSOLE;
	else
		chan = kvm_dbgchan_probe() == 0 ? CHAN_DEDICATED : CHAN_NONE;
	return chan == CHAN_NONE ? -1 : 0;
}

const char *ukplat_dbgchan_name(void)
{
	if (chan == CHAN_CONSOLE)
		return "console";
	return chan == CHAN_DEDICATED ? kvm_dbgchan_name() : NULL;
}

int ukplat_dbgchan_trygetc(void)
{
	if (chan == CHAN_CONSOLE)
		return kvm_cons_raw_trygetc();
	return chan == CHAN_DEDICATED ? kvm_dbgchan_trygetc() : -1;
}

void ukplat_dbgchan_write(const char *buf, size_t len)
{
	if (chan == CHAN_CONSOLE)
		kvm_cons_raw_write(buf, len);
	else if (chan == CHAN_DEDICATED)
		kvm_dbgchan_write(buf, len);
}

void ukplat_dbgchan_flush(void)
{
	if (chan == CHAN_DEDICATED)
		kvm_dbgchan_flush();
}

/*
 * A dedicated channel's reader idles at once, without spinning on the
 * channel first to spare the vCPU its wake-up. A spin for an adaptive
 * window after each reply was measured with gdb's stepi and register
 * loops, TCG on a 2-core host: the guest's side of a round trip took the
 * same 40 us at the median either way, but the spinning vCPU took a host
 * core from QEMU's I/O thread and from gdb, and both loops ran at 0.43x to
 * 0.86x of the idling reader's rate with the host's load average near 1.
 *
 * The console's UART is polled: its receive interrupt is the console
 * driver's, which switches it off while the console's ring is full, so a
 * wait on it could sleep through the debugger's bytes. Teaching the
 * drivers otherwise is not worth it for a debugger sharing the console,
 * a convenience rather than the fast path.
 */
int ukplat_dbgchan_getc(void)
{
	unsigned long flags;
	int c;

	if (chan == CHAN_NONE)
		return -1;
	flags = ukarch_irq_save();
	while ((c = ukplat_dbgchan_trygetc()) < 0)
		if (chan == CHAN_DEDICATED)
			kvm_dbgchan_wait_rx();
	ukarch_irq_restore(flags);
	return c;
}

/* Nobody else reads a dedicated channel: every byte goes to rx_fn. */
static void dedicated_rx(void)
{
	int c;

	while (rx_fn && (c = kvm_dbgchan_trygetc()) >= 0)
		rx_fn(c);
}

int ukplat_dbgchan_set_rx_handler(bool (*fn)(int c))
{
	unsigned long flags;
	int rc;

	if (chan == CHAN_CONSOLE) {
		ukplat_cons_set_rx_filter(fn);
		return 0;
	}
	if (chan != CHAN_DEDICATED)
		return -1;
	rx_fn = fn;
	rc = kvm_dbgchan_set_rx_handler(fn ? dedicated_rx : NULL);
	/* Bytes that came before the interrupt was on raised none. */
	flags = ukarch_irq_save();
	dedicated_rx();
	ukarch_irq_restore(flags);
	return rc;
}
