/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Dumps on the console: after the crash screen when uk.crashdump=console
 * (or CONFIG_LIBUKCOREDUMP_ON_CRASH_CONSOLE without the parameter), and on
 * request. The crash handler runs before the debugger's (a stub waits for
 * its debugger at the default priority), so the dump is out even when
 * nobody attaches. While writing, a crash prints one line and halts
 * (uk_crash_set_guard): a dump never recurses into the crash screen.
 */
#include <string.h>
#include <uk/boot.h>
#include <uk/coredump.h>
#include <uk/crash.h>
#include <uk/init.h>
#include <uk/print.h>
#include <uk/plat/console.h>
#include <uk/arch/lcpu.h>
#include "coredump_arch.h"
#include "lines.h"

#define SIGABRT 6

static bool on_crash = IS_ENABLED(CONFIG_LIBUKCOREDUMP_ON_CRASH_CONSOLE);

static int coredump_param(void)
{
	char v[16];

	if (!uk_boot_param("uk.crashdump", v, sizeof(v)))
		return 0;
	if (!strcmp(v, "console"))
		on_crash = true;
	else if (!strcmp(v, "off"))
		on_crash = false;
	else
		uk_pr_warn("uk.crashdump=%s: use console or off\n", v);
	return 0;
}
UK_INIT(coredump_param, UK_INIT_LEVEL_LIB);

void uk_coredump_write_lines(uk_coredump_line_fn out, void *arg)
{
	uint8_t chunk[CD_CHUNK];
	struct cd_lines l;
	uint64_t size = uk_coredump_size();

	cd_lines_begin(&l, size, out, arg);
	for (uint64_t off = 0; off < size; off += CD_CHUNK) {
		size_t n = MIN((uint64_t)CD_CHUNK, size - off);

		uk_coredump_read(off, chunk, n);
		cd_lines_chunk(&l, chunk, n);
	}
	cd_lines_end(&l);
}

static void cons_line(void *arg __unused, const char *line, size_t len)
{
	ukplat_cons_write(line, len);
}

static int dump_on_crash(void *data)
{
	const struct uk_crash_info *info = data;
	int sig = info->trap ? coredump_arch_signal(info->ctx) : SIGABRT;

	if (!on_crash)
		return UK_EVENT_NOT_HANDLED;
	uk_crash_set_guard(UK_COREDUMP_FAULT_LINE);
	uk_coredump_prepare(info->ctx->regs, sig, info->reason);
	uk_coredump_write_lines(cons_line, NULL);
	uk_crash_set_guard(NULL);
	return UK_EVENT_HANDLED_CONTINUE;
}
UK_EVENT_HANDLER_PRIO(UKDEBUG_CRASH, dump_on_crash, 400);

void uk_coredump_console_now(void)
{
	unsigned long flags = ukarch_irq_save();
	struct __regs regs;

	ukarch_regs_capture(&regs);
	uk_crash_set_guard(UK_COREDUMP_FAULT_LINE);
	uk_coredump_prepare(&regs, 0, "dump requested");
	uk_coredump_write_lines(cons_line, NULL);
	uk_crash_set_guard(NULL);
	ukarch_irq_restore(flags);
}
