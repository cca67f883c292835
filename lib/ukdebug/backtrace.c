/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Printed call traces (<uk/backtrace.h>) for the crash screen and the
 * thread views: the unwinder's walk (unwind.c), one symbolized line per
 * entry, and a note when the walk ended at memory it could not read.
 */
#include <stdio.h>
#include <uk/backtrace.h>
#include <uk/symbols.h>
#include "unwind.h"

void uk_backtrace_printf(uk_backtrace_out_fn out, void *arg, const char *fmt,
			 ...)
{
	char line[UK_BACKTRACE_LINE_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	out(arg, line);
}

/*
 * A return address is looked up one byte back: after a call to a noreturn
 * function it points past the end of the caller.
 */
static void print_frame(unsigned long addr, bool is_return,
			uk_backtrace_out_fn out, void *arg)
{
	struct uk_symbol sym;

	if (uk_resolve_symbol(addr - is_return, &sym) == 0)
		uk_backtrace_printf(out, arg, "[%016lx] %s+0x%lx", addr,
				    sym.name, sym.offset + is_return);
	else
		uk_backtrace_printf(out, arg, "[%016lx] ?", addr);
}

void ukdebug_backtrace(const struct unwind_regs *start, unsigned long stack_lo,
		       unsigned long stack_hi, int skip,
		       uk_backtrace_out_fn out, void *arg)
{
	unsigned long pcs[CONFIG_LIBUKDEBUG_CRASH_TRACE_DEPTH + 1];
	uint8_t flags[CONFIG_LIBUKDEBUG_CRASH_TRACE_DEPTH + 1];
	struct unwind_out o = { .pcs = pcs,
				.flags = flags,
				.max = CONFIG_LIBUKDEBUG_CRASH_TRACE_DEPTH +
				       skip };

	ukdebug_unwind(start, stack_lo, stack_hi, &o);
	for (int i = skip; i < o.n; i++) {
		bool trap = flags[i] & UK_UNWIND_TRAP;

		if (trap)
			uk_backtrace_printf(out, arg, "-- interrupt --");
		print_frame(pcs[i], i > 0 && !trap, out, arg);
	}
	if (o.end == UNWIND_END_MISALIGNED)
		uk_backtrace_printf(
		    out, arg, "(misaligned frame pointer %016lx)", o.addr);
	else if (o.end == UNWIND_END_UNREADABLE)
		uk_backtrace_printf(
		    out, arg, "(unreadable frame pointer %016lx)", o.addr);
	else if (o.end == UNWIND_END_NOGROW)
		uk_backtrace_printf(
		    out, arg, "(frame pointer %016lx does not grow)", o.addr);
}

void uk_backtrace(const struct __regs *regs, unsigned long stack_lo,
		  unsigned long stack_hi, uk_backtrace_out_fn out, void *arg)
{
	struct unwind_regs r;

	unwind_arch_regs(regs, &r);
	ukdebug_backtrace(&r, stack_lo, stack_hi, 0, out, arg);
}
