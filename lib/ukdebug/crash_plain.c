/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * UK_CRASH and failed assertions: a short crash report on the console, then
 * the guest stops with UKPLAT_STATUS_CRASH. The report bypasses the log
 * level (a crash is always shown) and allocates nothing. A crash while
 * reporting one prints one line and halts, so it cannot recurse.
 */
#include <uk/assert.h>
#include <uk/print.h>
#include <uk/plat/console.h>
#include <uk/plat/shutdown.h>
#include <uk/plat/time.h>
#include <uk/arch/lcpu.h>
#include <stdio.h>
#include <string.h>
#include "crash_arch.h"

void _uk_crash(const char *file, int line, const char *func, const char *fmt,
	       ...)
{
	static volatile int crashing;
	const char *base = strrchr(file, '/');
	uint64_t ns = ukplat_monotonic_ns();
	char what[256];
	va_list ap;

	ukarch_irq_disable();
	if (crashing++) {
		ukplat_cons_write("crash while crashing: halting\n", 30);
		ukplat_halt(UKPLAT_STATUS_CRASH);
	}
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);

	printf("[%5lu.%06lu] ", (unsigned long)(ns / 1000000000),
	       (unsigned long)(ns % 1000000000) / 1000);
	crash_line("%s crash - %s (%s)", UK_PROJECT, UK_CODENAME, UK_VERSION);
	crash_line("%s (%s:%d in %s)", what, base ? base + 1 : file, line,
		   func);
	ukplat_halt(UKPLAT_STATUS_CRASH);
}
