/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 register block of the crash screen: PC and LR, SP and PSTATE, the
 * syndrome and fault address, then X0..X29 three per line. Every label is
 * five columns wide, so the values line up like Linux's x86 RAX/RBX rows.
 */
#include "../../crash_arch.h"

/* "X9:  " and "X10: " take the same width. */
#define PAD(i) ((i) < 10 ? " " : "")

void crash_arch_regs(const struct ukarch_trapctx *ctx)
{
	const struct __regs *r = ctx->regs;

	crash_line("PC:  %016lx LR: %016lx", r->elr, r->x[30]);
	crash_line("SP:  %016lx PSTATE: %08lx", r->sp, r->spsr);
	crash_line("ESR: %016lx FAR: %016lx", ctx->error_code, ctx->fault_addr);
	for (int i = 0; i < 30; i += 3)
		crash_line("X%d:%s %016lx X%d:%s %016lx X%d:%s %016lx", i,
			   PAD(i), r->x[i], i + 1, PAD(i + 1), r->x[i + 1],
			   i + 2, PAD(i + 2), r->x[i + 2]);
}
