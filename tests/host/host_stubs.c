/* SPDX-License-Identifier: BSD-3-Clause */
/* Host implementations of the kernel functions the tested files call. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "host_stubs.h"

char host_console[65536];
size_t host_console_len;
jmp_buf *host_crash_jmp;
char host_crash_msg[256];
int host_irq_depth;

/* Prototypes as in <uk/plat/console.h>, <uk/print.h> and <uk/assert.h>. */
void ukplat_cons_write(const char *buf, size_t len);
void _uk_printk(int level, const char *lib, const char *file, int line,
		const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void _uk_crash(const char *file, int line, const char *func, const char *fmt,
	       ...) __attribute__((noreturn));

void host_console_reset(void)
{
	host_console_len = 0;
	host_console[0] = '\0';
}

void ukplat_cons_write(const char *buf, size_t len)
{
	if (len > sizeof(host_console) - 1 - host_console_len)
		len = sizeof(host_console) - 1 - host_console_len;
	memcpy(host_console + host_console_len, buf, len);
	host_console_len += len;
	host_console[host_console_len] = '\0';
}

/* Kernel messages go to the recorded console, without the decoration. */
void _uk_printk(int level, const char *lib, const char *file, int line,
		const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n;

	(void)level;
	(void)lib;
	(void)file;
	(void)line;
	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n > 0)
		ukplat_cons_write(
		    buf, (size_t)n < sizeof(buf) ? (size_t)n : sizeof(buf) - 1);
}

void _uk_crash(const char *file, int line, const char *func, const char *fmt,
	       ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(host_crash_msg, sizeof(host_crash_msg), fmt, ap);
	va_end(ap);
	if (host_crash_jmp)
		longjmp(*host_crash_jmp, 1);
	fprintf(stderr, "%s:%d: %s: CRASH: %s\n", file, line, func,
		host_crash_msg);
	abort();
}
