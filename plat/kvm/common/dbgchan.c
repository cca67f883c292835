/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The debug channel (<uk/plat/dbgchan.h>): the architecture's dedicated
 * channel (<kvm/dbgchan.h>) or the console's UART (<kvm/console.h>),
 * whichever the debugger asked for, and the receive paths: the interrupt
 * that shows the debugger each byte while the guest runs, and the wait for
 * the next byte while the debugger has the CPU stopped: a short, adaptive
 * spin on the channel after each reply, then idle until the interrupt.
 */
#include <uk/plat/console.h>
#include <uk/plat/dbgchan.h>
#include <uk/plat/time.h>
#include <uk/arch/lcpu.h>
#include <kvm/console.h>
#include <kvm/dbgchan.h>

enum { CHAN_NONE, CHAN_DEDICATED, CHAN_CONSOLE };

/*
 * Waking a vCPU from wfi/hlt costs tens of us per request under emulation
 * (the host must schedule the vCPU's thread), while a debugger in a loop
 * (stepi, register reads, dumps) sends its next request within some tens
 * to hundreds of us of the reply. So the reader spins on the channel for a
 * window after output before it idles. The window follows the gaps seen
 * from a reply to the next request: four times the last gap under the cap
 * (at once when it grows, by an eighth per reply when it shrinks), halved
 * whenever the debugger kept quiet for longer (a person typing), so that
 * an idle stopped guest spins at most POLL_MAX_NS after each reply.
 *
 * Spinning pays only while the host has a core to spare. On a host with
 * more runnable threads than cores, the spinning vCPU competes with the
 * emulator's I/O thread and the debugger it waits for, and loses the
 * scheduler's preference for threads that slept: replies then came late
 * by whole time slices. The guest sees this as a jump of the clock
 * between two looks at the channel; after one, it does not spin for a
 * number of replies that doubles with each such jump and halves with each
 * request a spin caught undisturbed.
 */
#define POLL_MIN_NS	  20000ULL
#define POLL_MAX_NS	  2000000ULL
#define POLL_GAP_MUL	  4
#define POLL_PREEMPTED_NS 50000ULL
#define BACKOFF_FIRST	  16U
#define BACKOFF_MAX	  4096U

static int chan;
static bool (*rx_fn)(int c);
static uint64_t poll_ns = POLL_MAX_NS;
static unsigned int backoff, backoff_left; /* replies not to spin after */
static bool replied;			   /* output since the last wait */

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
	replied = true;
	if (chan == CHAN_CONSOLE)
		kvm_cons_raw_write(buf, len);
	else if (chan == CHAN_DEDICATED)
		kvm_dbgchan_write(buf, len);
}

size_t ukplat_dbgchan_write_room(char **buf)
{
	return chan == CHAN_DEDICATED ? kvm_dbgchan_write_room(buf) : 0;
}

void ukplat_dbgchan_write_commit(size_t len)
{
	replied = true;
	if (chan == CHAN_DEDICATED)
		kvm_dbgchan_write_commit(len);
}

void ukplat_dbgchan_flush(void)
{
	if (chan == CHAN_DEDICATED)
		kvm_dbgchan_flush();
}

static void poll_adapt(uint64_t gap)
{
	uint64_t want = MIN(MAX(gap * POLL_GAP_MUL, POLL_MIN_NS), POLL_MAX_NS);

	if (gap > POLL_MAX_NS)
		poll_ns = MAX(poll_ns / 2, POLL_MIN_NS);
	else if (want > poll_ns)
		poll_ns = want;
	else
		poll_ns = MAX(poll_ns - poll_ns / 8, want);
}

/*
 * Spin for the window, if at all, then idle until the receive interrupt.
 * Only the first wait after a reply measures a gap and may spin (@reply):
 * a wait within a request (a UART's bytes come one by one) teaches
 * nothing.
 */
static int dedicated_wait(bool reply)
{
	uint64_t t0 = ukplat_monotonic_ns(), t = t0, prev;
	bool spin = reply && backoff_left == 0, preempted = false;
	int c;

	if (reply && backoff_left)
		backoff_left--;
	while ((c = kvm_dbgchan_trygetc()) < 0) {
		prev = t;
		t = ukplat_monotonic_ns();
		if (spin && t - prev >= POLL_PREEMPTED_NS)
			preempted = true;
		if (!spin || preempted || t - t0 >= poll_ns) {
			spin = false;
			kvm_dbgchan_wait_rx();
		}
	}
	if (!reply)
		return c;
	poll_adapt(ukplat_monotonic_ns() - t0);
	if (preempted) {
		backoff = MIN(MAX(backoff * 2, BACKOFF_FIRST), BACKOFF_MAX);
		backoff_left = backoff;
	} else if (spin) {
		backoff /= 2;
	}
	return c;
}

/*
 * The console's UART is polled: its receive interrupt is the console
 * driver's, which switches it off while the console's ring is full, so a
 * wait on it could sleep through the debugger's bytes. Teaching the
 * drivers otherwise is not worth it for a debugger sharing the console,
 * a convenience rather than the fast path.
 */
int ukplat_dbgchan_getc(void)
{
	bool reply = replied;
	unsigned long flags;
	int c;

	if (chan == CHAN_NONE)
		return -1;
	replied = false;
	flags = ukarch_irq_save();
	if (chan == CHAN_DEDICATED)
		c = dedicated_wait(reply);
	else
		while ((c = kvm_cons_raw_trygetc()) < 0)
			;
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
