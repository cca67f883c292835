/* SPDX-License-Identifier: BSD-3-Clause */
/* The watchdog (<uk/plat/watchdog.h>): a user of the shared CNTP (cntp.c). */
#include <uk/plat/watchdog.h>
#include "cntp.h"

int ukplat_watchdog_arm(uint64_t deadline_ns, void (*fn)(struct __regs *regs))
{
	return arm64_cntp_arm(CNTP_WATCHDOG, deadline_ns, fn);
}

void ukplat_watchdog_disarm(void)
{
	arm64_cntp_disarm(CNTP_WATCHDOG);
}
