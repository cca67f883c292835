/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * One "CRIT: "-prefixed line of a crash report, formatted on the stack and
 * written with the polled console: usable when nothing else works. It goes
 * to the message ring too, so a dump carries the crash screen.
 */
#include <uk/dmesg.h>
#include <uk/plat/console.h>
#include <stdio.h>
#include "crash_arch.h"

#define LINE_MAX 200

void crash_line(const char *fmt, ...)
{
	char buf[LINE_MAX];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	n = MIN((size_t)n, sizeof(buf) - 1);
	ukplat_cons_write("CRIT: ", 6);
	ukplat_cons_write(buf, n);
	ukplat_cons_write("\n", 1);
	uk_dmesg_write("CRIT: ", 6);
	uk_dmesg_write(buf, n);
	uk_dmesg_write("\n", 1);
}
