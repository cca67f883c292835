/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * With threads, waiting for a key blocks only the shell's thread: the
 * console's receive interrupt wakes it, the other threads run meanwhile.
 */
#include <uk/arch/lcpu.h>
#include <uk/plat/console.h>
#include <uk/sched.h>
#include "getc.h"

static struct uk_waitq rx_waiters = UK_WAITQ_INITIALIZER;

static void rx_notify(void)
{
	uk_waitq_wake_all(&rx_waiters);
}

int shell_getc(void)
{
	static bool hooked;

	if (!hooked) {
		ukplat_cons_set_rx_notify(rx_notify);
		hooked = true;
	}
	for (;;) {
		unsigned long flags = ukarch_irq_save();
		int c = ukplat_cons_trygetc();

		if (c < 0)
			uk_waitq_wait(&rx_waiters, "console", 0);
		ukarch_irq_restore(flags);
		if (c >= 0)
			return c;
	}
}
