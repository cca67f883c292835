/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * <uk/plat/prof_timer.h> on the generic timer's EL1 physical timer
 * (CNTP, PPI 30), which nothing else uses: the platform timer is the
 * virtual one (timer.c). Both compare against the same count here: with
 * no EL2, the virtual offset CNTVOFF_EL2 is 0, so CNTPCT_EL0 equals the
 * CNTVCT_EL0 that ukplat_monotonic_ns() reads, and arm64_counter_at()
 * converts a deadline for either. Like CNTV, the interrupt is a level
 * that stays high while the condition holds: the handler masks the timer
 * first.
 */
#include <uk/plat/prof_timer.h>
#include <uk/plat/time.h>
#include <uk/plat/irq.h>
#include <uk/arch/lcpu.h>
#include <uk/asm/cpu.h>
#include "arm64.h"
#include "gic.h"
#include "memlayout.h"

#define CNTP_CTL_ENABLE (1UL << 0)
#define CNTP_CTL_IMASK	(1UL << 1)

static void (*prof_fn)(void);
static uint64_t deadline;
static bool armed;

static void program(uint64_t cval)
{
	SYSREG_WRITE(cntp_cval_el0, cval);
	SYSREG_WRITE(cntp_ctl_el0, CNTP_CTL_ENABLE);
	isb();
}

static void stop(void)
{
	SYSREG_WRITE(cntp_ctl_el0, CNTP_CTL_IMASK);
	isb();
}

static int prof_timer_irq(void *arg __unused)
{
	stop();
	if (!armed)
		return 1;
	if (ukplat_monotonic_ns() < deadline) {
		program(arm64_counter_at(deadline) + 1);
		return 1;
	}
	armed = false;
	prof_fn();
	return 1;
}

int ukplat_prof_timer_init(void (*fn)(void))
{
	if (prof_fn || !fn || !gic_nr_irqs())
		return -1;
	stop();
	if (ukplat_irq_register(KVM_TIMER_PHYS_IRQ, prof_timer_irq, NULL) < 0)
		return -1;
	prof_fn = fn;
	return 0;
}

void ukplat_prof_timer_arm(uint64_t deadline_ns)
{
	unsigned long flags = ukarch_irq_save();

	deadline = deadline_ns;
	armed = true;
	program(arm64_counter_at(deadline_ns));
	ukarch_irq_restore(flags);
}

void ukplat_prof_timer_disarm(void)
{
	unsigned long flags = ukarch_irq_save();

	armed = false;
	stop();
	ukarch_irq_restore(flags);
}
