/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The compiled-in breakpoints on arm64: BRK #0, which traps with ELR on
 * it (the stop reports it there, and resuming steps over it: stop.c).
 * uk_gdbstub_break() is the one code places; gdb_arch_break() carries a
 * signal to the stub: its BRK sits at a site of its own, the global label
 * gdb_arch_break_pc, and the signal is its first argument, in x0 when the
 * trap comes.
 */
#include "../gdbstub_arch.h"

void uk_gdbstub_break(void)
{
	__asm__ __volatile__("brk #0" : : : "memory");
}

extern const char gdb_arch_break_pc[];

/* Not inlined nor cloned: the label must exist exactly once. */
__attribute__((noipa)) void gdb_arch_break(int signal)
{
	register long x0 __asm__("x0") = signal;

	__asm__ __volatile__(".globl gdb_arch_break_pc\n"
			     "gdb_arch_break_pc:\n\t"
			     "brk #0"
			     :
			     : "r"(x0)
			     : "memory");
}

int gdb_arch_break_signal(const struct ukarch_trapctx *ctx)
{
	if (ctx->regs->elr != (unsigned long)gdb_arch_break_pc)
		return 0;
	return (int)ctx->regs->x[0];
}
