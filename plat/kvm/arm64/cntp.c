/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * CNTP shared by two users (cntp.h): each has a deadline, the timer is
 * programmed for the earlier one, and its interrupt calls every user whose
 * deadline passed. The interval goes into CNTP_TVAL_EL0, which counts down
 * from it, so the offset between the physical and the virtual counter
 * (zero under TCG, not necessarily under KVM) does not matter. Like the
 * virtual timer it raises a level interrupt while the condition holds:
 * the handler masks it first.
 */
#include <uk/plat/irq.h>
#include <uk/plat/time.h>
#include <uk/arch/lcpu.h>
#include <uk/asm/cpu.h>
#include "arm64.h"
#include "cntp.h"
#include "gic.h"
#include "memlayout.h"

#define CNTP_CTL_ENABLE (1UL << 0)
#define CNTP_CTL_IMASK	(1UL << 1)
#define TVAL_MAX	0x7fffffffULL

static struct {
	uint64_t deadline;
	void (*fn)(struct __regs *regs);
} users[CNTP_USERS];
static bool registered;

static void cntp_stop(void)
{
	SYSREG_WRITE(cntp_ctl_el0, CNTP_CTL_IMASK);
	isb();
}

/* Program the earliest deadline, or stop. Interrupts masked. */
static void cntp_program(void)
{
	uint64_t first = UINT64_MAX, now, ticks = 1;
	unsigned int u;

	for (u = 0; u < CNTP_USERS; u++)
		if (users[u].fn && users[u].deadline < first)
			first = users[u].deadline;
	if (first == UINT64_MAX) {
		cntp_stop();
		return;
	}
	now = ukplat_monotonic_ns();
	if (first > now)
		ticks = (uint64_t)((unsigned __int128)(first - now) *
				   arm64_counter_hz() / 1000000000ULL) +
			1;
	SYSREG_WRITE(cntp_tval_el0, MIN(ticks, TVAL_MAX));
	SYSREG_WRITE(cntp_ctl_el0, CNTP_CTL_ENABLE);
	isb();
}

static int cntp_irq(void *arg __unused)
{
	struct __regs *regs = ukplat_irq_regs();
	uint64_t now = ukplat_monotonic_ns();
	unsigned int u;

	cntp_stop();
	for (u = 0; u < CNTP_USERS; u++) {
		void (*fn)(struct __regs * regs) = users[u].fn;

		if (fn && users[u].deadline <= now) {
			users[u].fn = NULL;
			fn(regs);
		}
	}
	cntp_program();
	return 1;
}

int arm64_cntp_arm(enum arm64_cntp_user user, uint64_t deadline_ns,
		   void (*fn)(struct __regs *regs))
{
	unsigned long flags = ukarch_irq_save();

	if (!registered) {
		cntp_stop();
		if (!gic_nr_irqs() || ukplat_irq_register(KVM_TIMER_PHYS_IRQ,
							  cntp_irq, NULL) < 0) {
			ukarch_irq_restore(flags);
			return -1;
		}
		registered = true;
	}
	users[user].deadline = deadline_ns;
	users[user].fn = fn;
	cntp_program();
	ukarch_irq_restore(flags);
	return 0;
}

void arm64_cntp_disarm(enum arm64_cntp_user user)
{
	unsigned long flags = ukarch_irq_save();

	users[user].fn = NULL;
	if (registered)
		cntp_program();
	ukarch_irq_restore(flags);
}
