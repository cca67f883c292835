/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Kernel message lines: "[    0.012345] Info: [libukalloc] <alloc.c @ 120> ".
 * A message is formatted on the stack and written with interrupts masked,
 * so lines from interrupt handlers never interleave with others. Every line
 * of a multi-line message gets the prefix; a missing final newline is added.
 * Each line also goes to the message ring (<uk/dmesg.h>).
 */
#include <uk/dmesg.h>
#include <uk/print.h>
#include <uk/plat/console.h>
#include <uk/plat/time.h>
#include <uk/arch/lcpu.h>
#include <stdio.h>
#include <string.h>

#define PRINTK_BUF 512

int uk_log_level = CONFIG_LIBUKDEBUG_LOG_LEVEL;
static unsigned long counts[UK_LOG_DEBUG + 1];

static const char *const level_names[] = {
	[UK_LOG_CRIT] = "CRIT:", [UK_LOG_ERR] = "ERR:",
	[UK_LOG_WARN] = "Warn:", [UK_LOG_INFO] = "Info:",
	[UK_LOG_DEBUG] = "dbg:",
};

unsigned long uk_log_count(int level)
{
	return (level >= 0 && level <= UK_LOG_DEBUG) ? counts[level] : 0;
}

static const char *basename(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

static int prefix(char *buf, size_t len, int level, const char *lib,
		  const char *file, int line)
{
	int n = 0;

	if (IS_ENABLED(CONFIG_LIBUKDEBUG_PRINT_TIME)) {
		uint64_t ns = ukplat_monotonic_ns();

		n += snprintf(buf + n, len - n, "[%5lu.%06lu] ",
			      (unsigned long)(ns / 1000000000),
			      (unsigned long)(ns % 1000000000) / 1000);
	}
	n += snprintf(buf + n, len - n, "%s [%s] ", level_names[level], lib);
	if (IS_ENABLED(CONFIG_LIBUKDEBUG_PRINT_SRCNAME))
		n += snprintf(buf + n, len - n, "<%s @ %d> ", basename(file),
			      line);
	return n;
}

static void cons_dmesg_write(const char *s, size_t len)
{
	ukplat_cons_write(s, len);
	uk_dmesg_write(s, len);
}

void _uk_vprintk(int level, const char *lib, const char *file, int line,
		 const char *fmt, va_list ap)
{
	char pre[128], msg[PRINTK_BUF];
	const char *p, *nl;
	unsigned long flags;
	int plen, mlen;

	if (level < 0 || level > UK_LOG_DEBUG || level > uk_log_level)
		return;
	plen = prefix(pre, sizeof(pre), level, lib, file, line);
	plen = MIN(plen, (int)sizeof(pre) - 1);
	mlen = vsnprintf(msg, sizeof(msg), fmt, ap);
	mlen = MIN(mlen, (int)sizeof(msg) - 1);

	flags = ukarch_irq_save();
	counts[level]++;
	for (p = msg; p < msg + mlen; p = nl + 1) {
		nl = memchr(p, '\n', msg + mlen - p);
		cons_dmesg_write(pre, plen);
		if (!nl) {
			cons_dmesg_write(p, msg + mlen - p);
			cons_dmesg_write("\n", 1);
			break;
		}
		cons_dmesg_write(p, nl + 1 - p);
	}
	ukarch_irq_restore(flags);
}

void _uk_printk(int level, const char *lib, const char *file, int line,
		const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	_uk_vprintk(level, lib, file, line, fmt, ap);
	va_end(ap);
}
