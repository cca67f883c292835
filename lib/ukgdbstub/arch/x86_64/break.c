/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The compiled-in breakpoints on x86_64: int3, which traps with RIP just
 * after it (the stop reports it there, and resuming goes on past it).
 * uk_gdbstub_break() is the one code places; gdb_arch_break() carries a
 * signal to the stub: it sits at a site of its own, the instruction after
 * the int3 is the global label gdb_arch_break_ret, and the signal is its
 * first argument, in %edi when the trap comes.
 */
#include "../gdbstub_arch.h"

void uk_gdbstub_break(void)
{
	__asm__ __volatile__("int3" : : : "memory");
}

extern const char gdb_arch_break_ret[];

/* Not inlined nor cloned: the label must exist exactly once. */
__attribute__((noipa)) void gdb_arch_break(int signal)
{
	__asm__ __volatile__("int3\n"
			     ".globl gdb_arch_break_ret\n"
			     "gdb_arch_break_ret:"
			     :
			     : "D"(signal)
			     : "memory");
}

int gdb_arch_break_signal(const struct ukarch_trapctx *ctx)
{
	if (ctx->regs->rip != (unsigned long)gdb_arch_break_ret)
		return 0;
	return (int)ctx->regs->rdi;
}
