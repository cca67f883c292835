/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The folded stacks (<uk/prof.h>) and the `prof` command that the shell
 * and the GDB stub's monitor share. Each slot of the table is copied with
 * interrupts masked, then printed with them unmasked, so a dump while
 * sampling holds the timer back for one slot at a time; a line is cut at
 * UK_BACKTRACE_LINE_MAX like every view's line, innermost frames last.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/arch/lcpu.h>
#include <uk/prof.h>
#include <uk/symbols.h>
#include "prof_internal.h"
#include "prof_thread.h"

#define FOLDED_MAX 1024

static size_t put_frame(char *line, size_t at, size_t len, unsigned long addr)
{
	struct uk_symbol sym;
	int n;

	if (uk_resolve_symbol(addr, &sym) == 0)
		n = snprintf(line + at, len - at, ";%s", sym.name);
	else
		n = snprintf(line + at, len - at, ";0x%lx", addr);
	return n < 0 ? at : at + (size_t)n;
}

static void print_stack(const struct prof_stack *s, uk_backtrace_out_fn out,
			void *arg)
{
	char line[FOLDED_MAX];
	size_t at;

	prof_thread_name(s->tid, line, sizeof(line));
	at = strlen(line);
	for (uint32_t i = s->depth; i > 0 && at < sizeof(line); i--)
		at = put_frame(line, at, sizeof(line), s->frames[i - 1]);
	if (at < sizeof(line))
		snprintf(line + at, sizeof(line) - at, " %llu",
			 (unsigned long long)s->count);
	out(arg, line);
}

void uk_prof_dump(uk_backtrace_out_fn out, void *arg)
{
	struct uk_prof_stats st;

	uk_prof_get_stats(&st);
	uk_backtrace_printf(
	    out, arg,
	    "# samples %llu dropped %llu masked %llu rate_hz "
	    "%u stacks %u",
	    (unsigned long long)st.samples, (unsigned long long)st.dropped,
	    (unsigned long long)st.masked, st.rate_hz, st.stacks);
	for (size_t i = 0; i < prof_table.nslots; i++) {
		struct prof_stack s;
		unsigned long flags = ukarch_irq_save();

		s = prof_table.slots[i];
		ukarch_irq_restore(flags);
		if (s.count)
			print_stack(&s, out, arg);
	}
}

static int prof_start(int argc, char *argv[], uk_backtrace_out_fn out,
		      void *arg)
{
	unsigned long hz = UK_PROF_HZ_DEFAULT;
	char *end;
	int rc;

	if (argc > 3 || (argc == 3 && ((hz = strtoul(argv[2], &end, 10)) == 0 ||
				       *end || hz > UK_PROF_HZ_MAX))) {
		uk_backtrace_printf(out, arg,
				    "error: prof start: rate must be 1..%u Hz",
				    UK_PROF_HZ_MAX);
		return 1;
	}
	rc = uk_prof_start((unsigned int)hz);
	if (rc == -ENOSYS) {
		out(arg, "error: prof start: no profiling timer");
		return 1;
	}
	uk_backtrace_printf(out, arg, "profiling at %lu Hz", hz);
	return 0;
}

int uk_prof_command(int argc, char *argv[], uk_backtrace_out_fn out, void *arg)
{
	struct uk_prof_stats st;

	if (argc >= 2 && !strcmp(argv[1], "start"))
		return prof_start(argc, argv, out, arg);
	if (argc > 2)
		goto usage;
	if (argc == 1) {
		uk_prof_get_stats(&st);
		uk_backtrace_printf(out, arg,
				    "%s: samples %llu dropped %llu masked %llu "
				    "stacks %u",
				    st.rate_hz ? "running" : "stopped",
				    (unsigned long long)st.samples,
				    (unsigned long long)st.dropped,
				    (unsigned long long)st.masked, st.stacks);
		return 0;
	}
	if (!strcmp(argv[1], "dump")) {
		uk_prof_dump(out, arg);
		return 0;
	}
	if (!strcmp(argv[1], "stop")) {
		uk_prof_stop();
		uk_prof_get_stats(&st);
		uk_backtrace_printf(out, arg, "stopped after %llu samples",
				    (unsigned long long)st.samples);
		return 0;
	}
	if (!strcmp(argv[1], "clear")) {
		uk_prof_clear();
		return 0;
	}
usage:
	out(arg, "error: usage: prof [start [hz] | stop | dump | clear]");
	return 1;
}
