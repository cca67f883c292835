/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * <uk/plat/prof_timer.h>: a user of the generic timer's physical timer,
 * shared with the watchdog (cntp.c); the platform timer is the virtual
 * one (timer.c).
 */
#include <uk/plat/prof_timer.h>
#include "cntp.h"
#include "gic.h"

static void (*prof_fn)(void);

static void prof_fire(struct __regs *regs __unused)
{
	prof_fn();
}

int ukplat_prof_timer_init(void (*fn)(void))
{
	if (prof_fn || !fn || !gic_nr_irqs())
		return -1;
	prof_fn = fn;
	return 0;
}

void ukplat_prof_timer_arm(uint64_t deadline_ns)
{
	if (prof_fn)
		arm64_cntp_arm(CNTP_PROF, deadline_ns, prof_fire);
}

void ukplat_prof_timer_disarm(void)
{
	arm64_cntp_disarm(CNTP_PROF);
}
