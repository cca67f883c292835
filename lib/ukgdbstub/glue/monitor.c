/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * `monitor` commands (qRcmd): what the kernel can tell a debugger about
 * itself while stopped. The line is split into words and looked up in a
 * small table; output goes back to the debugger's console as it is made.
 * Everything runs in the stopped state: memory is read through nofault,
 * nothing is allocated, and the log level and ukstore entries are reached
 * through the ukstore API (so `log` and `store` say "not available" when
 * ukstore is not built). `ps` and `bt` are ukdebug's thread views, the
 * ones the shell and the crash screen print, and so is `pt`.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/backtrace.h>
#include <uk/format.h>
#include <uk/irqview.h>
#include <uk/nofault.h>
#include <uk/ptview.h>
#include <uk/store.h>
#include <uk/trace.h>
#include "../arch/gdbstub_arch.h"
#include "glue.h"

#define MON_ARGS    8
#define MEM_DEFAULT 64
#define MEM_MAX	    4096
#define STORE_TEXT  160

struct mon_out {
	uk_gdbstub_out_fn fn;
	void *arg;
};

struct mon_cmd {
	const char *name;
	const char *usage;
	const char *help;
	int (*fn)(struct mon_out *o, int argc, char *argv[]);
};

/* Formatted straight into the debugger's output: no line buffer, no
 * length limit. */
static __printf(2, 3) void mon_printf(struct mon_out *o, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	uk_vformat(o->fn, o->arg, fmt, ap);
	va_end(ap);
}

/* Parse all of @s as a number (0x hex or decimal) into *@v. */
static bool mon_number(const char *s, unsigned long *v)
{
	char *end;

	*v = strtoul(s, &end, 0);
	return *s && !*end && *s != '-';
}

/* `regs`: every integer register of the stop, in the debugger's order. */
static int mon_regs(struct mon_out *o, int argc __unused, char *argv[] __unused)
{
	static uint8_t image[UK_GDBSTUB_REGS_MAX];
	const struct ukarch_trapctx *ctx = gdb_glue.stopped;
	size_t len = 0, off = 0;
	unsigned int col = 0;

	for (unsigned int i = 0; i < gdb_arch.nregs; i++)
		len += gdb_arch.regs[i].size;
	if (!ctx || gdb_arch_regs_read(ctx, image, len) < 0) {
		mon_printf(o, "registers not available\n");
		return 1;
	}
	mon_printf(o, "%s\n", ctx->name);
	for (unsigned int i = 0; i < gdb_arch.nregs; i++) {
		const struct uk_gdbstub_reg *r = &gdb_arch.regs[i];
		uint64_t v = 0;

		if (r->kind == UK_GDBSTUB_REG_UINT && r->size <= sizeof(v) &&
		    !r->fp_set && !r->sys_set) {
			memcpy(&v, image + off, r->size); /* little endian */
			mon_printf(o, "%-6s %0*llx%s", r->name, 2 * r->size,
				   (unsigned long long)v,
				   ++col % 3 ? "  " : "\n");
		}
		off += r->size;
	}
	if (col % 3)
		mon_printf(o, "\n");
	/* System registers have long names: one a line, after the others. */
	off = 0;
	for (unsigned int i = 0; i < gdb_arch.nregs; i++) {
		const struct uk_gdbstub_reg *r = &gdb_arch.regs[i];
		uint64_t v = 0;

		if (r->sys_set && r->size <= sizeof(v)) {
			memcpy(&v, image + off, r->size);
			mon_printf(o, "%-14s %0*llx\n", r->name, 2 * r->size,
				   (unsigned long long)v);
		}
		off += r->size;
	}
	return 0;
}

/* `mem <addr> [len]`: hex and ASCII, 16 bytes a line, up to the first
 * inaccessible byte. */
static int mon_mem(struct mon_out *o, int argc, char *argv[])
{
	unsigned long addr, len = MEM_DEFAULT;

	if (argc < 2 || argc > 3 || !mon_number(argv[1], &addr) ||
	    (argc == 3 &&
	     (!mon_number(argv[2], &len) || !len || len > MEM_MAX))) {
		mon_printf(o, "usage: mem <addr> [len 1..%d]\n", MEM_MAX);
		return 1;
	}
	for (unsigned long done = 0; done < len; done += 16) {
		uint8_t b[16];
		size_t want = MIN(16UL, len - done), got;
		char line[16 * 3 + 16 + 8];
		size_t n = 0;

		got = uk_nofault_memcpy(b, (const void *)(addr + done), want,
					UK_NOFAULT_NOREPORT);
		for (size_t i = 0; i < got; i++)
			n +=
			    snprintf(line + n, sizeof(line) - n, "%02x ", b[i]);
		for (size_t i = got; i < 16; i++)
			n += snprintf(line + n, sizeof(line) - n, "   ");
		for (size_t i = 0; i < got; i++)
			line[n++] =
			    b[i] >= 0x20 && b[i] < 0x7f ? (char)b[i] : '.';
		line[n] = '\0';
		mon_printf(o, "%016lx: %s\n", addr + done, line);
		if (got < want) {
			mon_printf(o, "%016lx: inaccessible\n",
				   addr + done + got);
			return 1;
		}
	}
	return 0;
}

static const char *const level_names[] = { "crit", "err", "warn", "info",
					   "debug" };

/* `log [level]`: show or set ukdebug's run-time level (its ukstore entry). */
static int mon_log(struct mon_out *o, int argc, char *argv[])
{
	const struct uk_store_entry *e =
	    uk_store_get_entry("ukdebug/log_level");
	char text[16];
	long level;
	int rc = 0;

	if (!e) {
		mon_printf(
		    o, "log level not available (needs ukdebug and ukstore)\n");
		return 1;
	}
	if (argc > 2) {
		mon_printf(o, "usage: log [0-4]\n");
		rc = 1;
	} else if (argc == 2 && (rc = uk_store_set_text(e, argv[1])) < 0) {
		mon_printf(o, "log %s: %s\n", argv[1], uk_store_strerror(rc));
	} else if (uk_store_get_text(e, text, sizeof(text)) == 0) {
		level = strtol(text, NULL, 10);
		mon_printf(o, "log level %ld (%s)\n", level,
			   level >= 0 && level < (long)ARRAY_SIZE(level_names)
			       ? level_names[level]
			       : "?");
	}
	uk_store_put_entry(e);
	return rc ? 1 : 0;
}

static int store_line(const struct uk_store_entry *e, void *arg)
{
	char text[STORE_TEXT];

	if (uk_store_get_text(e, text, sizeof(text)) < 0)
		strcpy(text, "-");
	mon_printf(arg, "%-40s %-6s %-2s %s %s\n", e->name,
		   uk_store_type_name(e->type), uk_store_access(e), text,
		   e->unit);
	return 0;
}

/* `store ls [prefix]` and `store get <name>`, like the shell's. */
static int mon_store(struct mon_out *o, int argc, char *argv[])
{
	const struct uk_store_entry *e;
	char text[STORE_TEXT];
	int rc;

	if (!IS_ENABLED(CONFIG_LIBUKSTORE)) {
		mon_printf(o, "ukstore is not built in\n");
		return 1;
	}
	if (argc >= 2 && argc <= 3 && strcmp(argv[1], "ls") == 0)
		return uk_store_iterate(argc == 3 ? argv[2] : "", store_line,
					o);
	if (argc != 3 || strcmp(argv[1], "get") != 0) {
		mon_printf(o, "usage: store ls [prefix] | store get <name>\n");
		return 1;
	}
	e = uk_store_get_entry(argv[2]);
	if (!e) {
		mon_printf(o, "no such entry: %s\n", argv[2]);
		return 1;
	}
	rc = uk_store_get_text(e, text, sizeof(text));
	uk_store_put_entry(e);
	if (rc < 0) {
		mon_printf(o, "%s: %s\n", argv[2], uk_store_strerror(rc));
		return 1;
	}
	mon_printf(o, "%s\n", text);
	return 0;
}

/* Thread views (<uk/backtrace.h>) print lines; the debugger gets them. */
static void mon_line(void *arg, const char *line)
{
	mon_printf(arg, "%s\n", line);
}

/* `ps`: every thread, as the shell's `ps` shows them. */
static int mon_ps(struct mon_out *o, int argc __unused, char *argv[] __unused)
{
	if (uk_thread_list(mon_line, o) < 0) {
		mon_printf(o, "threads not available (needs uksched)\n");
		return 1;
	}
	return 0;
}

/* `bt <id>`: a thread's call trace; the stopped thread's from the stop. */
static int mon_bt(struct mon_out *o, int argc, char *argv[])
{
	const struct ukarch_trapctx *ctx = gdb_glue.stopped;
	unsigned long id;

	if (argc != 2 || !mon_number(argv[1], &id)) {
		mon_printf(o, "usage: bt <thread id>\n");
		return 1;
	}
	if (uk_thread_backtrace_id(id, ctx ? ctx->regs : NULL, mon_line, o) <
	    0) {
		mon_printf(o, "no thread with id %lu (monitor ps lists them)\n",
			   id);
		return 1;
	}
	return 0;
}

/* `pt <addr>` and `pt map`: the shell's page table views. */
static int mon_pt(struct mon_out *o, int argc, char *argv[])
{
	return uk_pt_command(argc, argv, mon_line, o);
}

/* Interrupt controller and timers: ukdebug's views, as the shell's. */
static int mon_irq(struct mon_out *o, int argc, char *argv[] __unused)
{
	if (argc != 1) {
		mon_printf(o, "usage: irq\n");
		return 1;
	}
	if (uk_irq_view(mon_line, o) < 0) {
		mon_printf(o, "irq not available (needs ukdebug)\n");
		return 1;
	}
	return 0;
}

static int mon_timers(struct mon_out *o, int argc, char *argv[] __unused)
{
	if (argc != 1) {
		mon_printf(o, "usage: timers\n");
		return 1;
	}
	if (uk_timers_view(mon_line, o) < 0) {
		mon_printf(o, "timers not available (needs ukdebug)\n");
		return 1;
	}
	return 0;
}

/* `trace ...`: the shell's tracepoint command, verbs and output alike. */
static int mon_trace(struct mon_out *o, int argc, char *argv[])
{
	return uk_trace_command(argc, argv, mon_line, o);
}

/* `dump`: a crash dump of the stopped guest, as on the console. */
static int mon_dump(struct mon_out *o, int argc, char *argv[] __unused)
{
	if (argc != 1) {
		mon_printf(o, "usage: dump\n");
		return 1;
	}
	if (gdb_glue_dump(o->fn, o->arg) < 0) {
		mon_printf(o, "dump not available (needs ukcoredump)\n");
		return 1;
	}
	return 0;
}

static int mon_help(struct mon_out *o, int argc, char *argv[]);

static const struct mon_cmd mon_cmds[] = {
	{ "help", "", "this list", mon_help },
	{ "regs", "", "registers of the stop", mon_regs },
	{ "mem", "<addr> [len]", "hex dump of guest memory (through nofault)",
	  mon_mem },
	{ "log", "[0-4]", "show or set the run-time log level", mon_log },
	{ "store", "ls [prefix] | get <name>", "ukstore entries", mon_store },
	{ "ps", "", "threads: state, CPU time, switches, stack use", mon_ps },
	{ "bt", "<id>", "call trace of a thread", mon_bt },
	{ "pt", "<addr> | map",
	  "page table walk of an address, or the mappings", mon_pt },
	{ "irq", "", "interrupt controller: lines, state, handlers", mon_irq },
	{ "timers", "", "armed timers and timed waits", mon_timers },
	{ "trace", "ls|on|off|dump|clear",
	  "tracepoints: list, enable, recorded events", mon_trace },
	{ "dump", "", "crash dump of the guest (ELF core, console lines)",
	  mon_dump },
};

static int mon_help(struct mon_out *o, int argc __unused, char *argv[] __unused)
{
	for (size_t i = 0; i < ARRAY_SIZE(mon_cmds); i++) {
		char cmd[48];

		snprintf(cmd, sizeof(cmd), "%s %s", mon_cmds[i].name,
			 mon_cmds[i].usage);
		mon_printf(o, "monitor %-32s %s\n", cmd, mon_cmds[i].help);
	}
	return 0;
}

int gdb_glue_monitor(void *ctx __unused, char *line, uk_gdbstub_out_fn out,
		     void *arg)
{
	struct mon_out o = { out, arg };
	char *argv[MON_ARGS];
	int argc = 0;

	while (argc < MON_ARGS) {
		while (*line == ' ' || *line == '\t')
			*line++ = '\0';
		if (!*line)
			break;
		argv[argc++] = line;
		while (*line && *line != ' ' && *line != '\t')
			line++;
	}
	if (!argc)
		return mon_help(&o, 0, NULL);
	for (size_t i = 0; i < ARRAY_SIZE(mon_cmds); i++)
		if (strcmp(argv[0], mon_cmds[i].name) == 0)
			return mon_cmds[i].fn(&o, argc, argv);
	mon_printf(&o, "unknown command '%s' (monitor help lists them)\n",
		   argv[0]);
	return 1;
}
