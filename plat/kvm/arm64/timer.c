/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The one-shot timer (<uk/plat/timer.h>) on the generic timer's virtual
 * timer: CNTV_CVAL_EL0 holds the deadline as a value of the virtual
 * counter the monotonic clock reads, so nothing needs calibrating and no
 * deadline is too far out (64 bits). The timer raises PPI 27, a level
 * interrupt that stays high while the condition holds: the handler masks
 * the timer before anything else. It calls the user's function only once
 * ukplat_monotonic_ns() has reached the deadline (a rounding of the
 * conversion could end the compare a tick early): else it re-arms.
 */
#include <uk/plat/timer.h>
#include <uk/plat/time.h>
#include <uk/plat/irq.h>
#include <uk/arch/lcpu.h>
#include <uk/asm/cpu.h>
#include "arm64.h"
#include "gic.h"
#include "memlayout.h"

#define CNTV_CTL_ENABLE (1UL << 0)
#define CNTV_CTL_IMASK	(1UL << 1)

static void (*timer_fn)(void);
static uint64_t deadline;
static bool armed;

static void program(uint64_t cval)
{
	SYSREG_WRITE(cntv_cval_el0, cval);
	SYSREG_WRITE(cntv_ctl_el0, CNTV_CTL_ENABLE);
	isb();
}

static void stop(void)
{
	SYSREG_WRITE(cntv_ctl_el0, CNTV_CTL_IMASK);
	isb();
}

static int timer_irq(void *arg)
{
	(void)arg;
	stop();
	if (!armed)
		return 1;
	if (ukplat_monotonic_ns() < deadline) {
		program(arm64_counter_at(deadline) + 1);
		return 1;
	}
	armed = false;
	if (timer_fn)
		timer_fn();
	return 1;
}

int ukplat_timer_init(void (*fn)(void))
{
	if (!gic_nr_irqs())
		return -1;
	stop();
	timer_fn = fn;
	return ukplat_irq_register(KVM_TIMER_VIRT_IRQ, timer_irq, NULL);
}

void ukplat_timer_arm(uint64_t deadline_ns)
{
	unsigned long flags = ukarch_irq_save();

	deadline = deadline_ns;
	armed = true;
	program(arm64_counter_at(deadline_ns));
	ukarch_irq_restore(flags);
}

void ukplat_timer_disarm(void)
{
	unsigned long flags = ukarch_irq_save();

	armed = false;
	stop();
	ukarch_irq_restore(flags);
}

uint64_t ukplat_timer_resolution_ns(void)
{
	uint64_t hz = arm64_counter_hz();

	return hz ? (1000000000ULL + hz - 1) / hz : 0;
}

bool ukplat_timer_deadline(uint64_t *deadline_ns)
{
	*deadline_ns = deadline;
	return armed;
}
