/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The watchdog (<uk/plat/watchdog.h>) on channel 0 of the 8254 PIT: a
 * rate generator at about 100 Hz while armed, each tick comparing the
 * monotonic clock with the deadline. Disarmed, the channel is left in
 * mode 0 without a count, which keeps its output low: no interrupts.
 */
#include <uk/plat/irq.h>
#include <uk/plat/time.h>
#include <uk/plat/watchdog.h>
#include <uk/arch/lcpu.h>
#include <uk/asm/io.h>

#define PIT_CH0	    0x40
#define PIT_CMD	    0x43
#define PIT_HZ	    1193182
#define PIT_IRQ	    0
#define PIT_RATE    0x34 /* channel 0, low then high byte, mode 2 */
#define PIT_STOPPED 0x30 /* channel 0, low then high byte, mode 0 */

static void (*wd_fn)(struct __regs *regs);
static uint64_t wd_deadline;
static bool wd_registered;

static void pit_stop(void)
{
	outb(PIT_CMD, PIT_STOPPED);
}

static int wd_irq(void *arg __unused)
{
	void (*fn)(struct __regs * regs) = wd_fn;

	if (!fn || ukplat_monotonic_ns() < wd_deadline)
		return 1;
	wd_fn = NULL;
	pit_stop();
	fn(ukplat_irq_regs());
	return 1;
}

int ukplat_watchdog_arm(uint64_t deadline_ns, void (*fn)(struct __regs *regs))
{
	unsigned long flags = ukarch_irq_save();
	uint16_t div = PIT_HZ / 100;

	if (!wd_registered && ukplat_irq_register(PIT_IRQ, wd_irq, NULL) < 0) {
		ukarch_irq_restore(flags);
		return -1;
	}
	wd_registered = true;
	wd_deadline = deadline_ns;
	wd_fn = fn;
	outb(PIT_CMD, PIT_RATE);
	outb(PIT_CH0, div & 0xff);
	outb(PIT_CH0, div >> 8);
	ukarch_irq_restore(flags);
	return 0;
}

void ukplat_watchdog_disarm(void)
{
	unsigned long flags = ukarch_irq_save();

	wd_fn = NULL;
	if (wd_registered)
		pit_stop();
	ukarch_irq_restore(flags);
}
