/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The watchdog (<uk/plat/watchdog.h>) on the generic timer's physical
 * timer, which nothing else uses: CNTP_TVAL_EL0 counts down from the
 * interval, so the offset between the physical and the virtual counter
 * does not matter. Like the virtual timer it raises a level interrupt
 * (PPI 30) while the condition holds: the handler masks it first and
 * re-arms when the clock has not reached the deadline yet.
 */
#include <uk/plat/irq.h>
#include <uk/plat/time.h>
#include <uk/plat/watchdog.h>
#include <uk/arch/lcpu.h>
#include <uk/asm/cpu.h>
#include "arm64.h"
#include "memlayout.h"

#define CNTP_CTL_ENABLE (1UL << 0)
#define CNTP_CTL_IMASK	(1UL << 1)
#define TVAL_MAX	0x7fffffffULL

static void (*wd_fn)(struct __regs *regs);
static uint64_t wd_deadline;
static bool wd_registered;

static void wd_stop(void)
{
	SYSREG_WRITE(cntp_ctl_el0, CNTP_CTL_IMASK);
	isb();
}

static void wd_program(void)
{
	uint64_t now = ukplat_monotonic_ns(), ticks = 1;

	if (wd_deadline > now)
		ticks = (uint64_t)((unsigned __int128)(wd_deadline - now) *
				   arm64_counter_hz() / 1000000000ULL) +
			1;
	SYSREG_WRITE(cntp_tval_el0, MIN(ticks, TVAL_MAX));
	SYSREG_WRITE(cntp_ctl_el0, CNTP_CTL_ENABLE);
	isb();
}

static int wd_irq(void *arg __unused)
{
	void (*fn)(struct __regs * regs) = wd_fn;

	wd_stop();
	if (!fn)
		return 1;
	if (ukplat_monotonic_ns() < wd_deadline) {
		wd_program();
		return 1;
	}
	wd_fn = NULL;
	fn(ukplat_irq_regs());
	return 1;
}

int ukplat_watchdog_arm(uint64_t deadline_ns, void (*fn)(struct __regs *regs))
{
	unsigned long flags = ukarch_irq_save();

	if (!wd_registered) {
		wd_stop();
		if (ukplat_irq_register(KVM_TIMER_PHYS_IRQ, wd_irq, NULL) < 0) {
			ukarch_irq_restore(flags);
			return -1;
		}
		wd_registered = true;
	}
	wd_deadline = deadline_ns;
	wd_fn = fn;
	wd_program();
	ukarch_irq_restore(flags);
	return 0;
}

void ukplat_watchdog_disarm(void)
{
	unsigned long flags = ukarch_irq_save();

	wd_fn = NULL;
	if (wd_registered)
		wd_stop();
	ukarch_irq_restore(flags);
}
