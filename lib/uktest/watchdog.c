/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The case time limit: the platform watchdog fires in an interrupt of the
 * case. Its handler must return for the interrupt to end properly, so it
 * only points the interrupted frame at timed_out(), which then ends the
 * case from the case's own context, interrupts on again.
 */
#include <uk/plat/watchdog.h>
#include "uktest_internal.h"

static __noreturn void timed_out(void)
{
	uktest_diag("%s: still running after %d s", uktest_cur.tc->name,
		    CONFIG_LIBUKTEST_TIMEOUT_S);
	uktest_cur.tc = NULL;
	uktest_case_abort(UKTEST_END_TIMEOUT);
}

static void fired(struct __regs *regs)
{
	if (regs && uktest_cur.tc && uktest_cur.thread == uktest_thread_self())
		ukarch_regs_set_pc(regs, (unsigned long)timed_out);
}

void uktest_watchdog_arm(uint64_t deadline_ns)
{
	static bool said;

	if (ukplat_watchdog_arm(deadline_ns, fired) < 0 && !said) {
		said = true;
		uktest_diag("no watchdog timer: cases run without time limit");
	}
}

void uktest_watchdog_disarm(void)
{
	ukplat_watchdog_disarm();
}
