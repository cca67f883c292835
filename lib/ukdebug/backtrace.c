/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Frame-pointer call traces (<uk/backtrace.h>), for the crash screen and
 * the thread views. Frame records look the same on x86_64 and arm64:
 * { previous frame pointer, return address }. Memory is read through
 * nofault (or, without it, only where ukplat_mem_mapped() says there is
 * memory), so a garbage frame pointer ends the trace with a note instead
 * of faulting again.
 */
#include <stdio.h>
#include <uk/backtrace.h>
#include <uk/symbols.h>
#include "safe_read.h"

#define WORD sizeof(unsigned long)

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

void uk_backtrace(unsigned long pc, unsigned long fp, unsigned long stack_lo,
		  unsigned long stack_hi, uk_backtrace_out_fn out, void *arg)
{
	int depth = 1;

	print_frame(pc, false, out, arg);
	while (depth < CONFIG_LIBUKDEBUG_CRASH_TRACE_DEPTH) {
		unsigned long next, ret;

		if (!fp)
			return;
		if (stack_hi && (fp < stack_lo || fp > stack_hi - 2 * WORD))
			return;
		if (fp & (WORD - 1)) {
			uk_backtrace_printf(
			    out, arg, "(misaligned frame pointer %016lx)", fp);
			return;
		}
		if (ukdebug_read_word(fp, &next) ||
		    ukdebug_read_word(fp + WORD, &ret)) {
			uk_backtrace_printf(
			    out, arg, "(unreadable frame pointer %016lx)", fp);
			return;
		}
		if (!ret)
			return;
		print_frame(ret, true, out, arg);
		depth++;
		if (next && next <= fp) {
			uk_backtrace_printf(
			    out, arg, "(frame pointer %016lx does not grow)",
			    next);
			return;
		}
		fp = next;
	}
}
