/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 side of the unwinder (unwind.h). The exception entries (vectors.S)
 * are the only callers of arm64_trap: a return address right after a `bl
 * arm64_trap` is a trap frame's, and the entries call it with x29 pointing
 * to the frame record inside the frame (fp_frame).
 */
#include <stddef.h>
#include <uk/asm/traps.h>
#include "../../safe_read.h"
#include "../../unwind.h"

#define BL_MASK 0xfc000000UL
#define BL_OP	0x94000000UL

/* Whether the instruction before @ret is a direct call of arm64_trap. */
static bool calls_trap(unsigned long ret)
{
	unsigned long word, insn;
	long imm;

	if (ret & 3 || ukdebug_read_word((ret - 4) & ~7UL, &word))
		return false;
	insn = (ret - 4) & 4 ? word >> 32 : word & 0xffffffffUL;
	if ((insn & BL_MASK) != BL_OP)
		return false;
	imm = (long)(insn << 38) >> 36; /* imm26, sign-extended, times 4 */
	return ret - 4 + imm == (unsigned long)arm64_trap;
}

void unwind_arch_regs(const struct __regs *regs, struct unwind_regs *r)
{
	r->pc = regs->elr;
	r->sp = regs->sp;
	r->fp = regs->x[29];
	r->lr = regs->x[30];
	r->exact = true;
}

void unwind_arch_ctx(const struct ukarch_ctx *ctx, struct unwind_regs *r)
{
	r->pc = ukarch_ctx_pc(ctx);
	r->sp = ukarch_ctx_sp(ctx);
	r->fp = ukarch_ctx_fp(ctx);
	r->lr = r->pc; /* ukarch_ctx_switch returns through x30 */
	r->exact = true;
}

int unwind_arch_trap(unsigned long ret, unsigned long fp, struct unwind_regs *r)
{
	unsigned long regs = fp - REGS_FP_FRAME;

	if (!calls_trap(ret))
		return 0;
	if (ukdebug_read_word(regs + REGS_ELR, &r->pc) ||
	    ukdebug_read_word(regs + REGS_SP, &r->sp) ||
	    ukdebug_read_word(regs + 29 * 8, &r->fp) ||
	    ukdebug_read_word(regs + REGS_X30, &r->lr))
		return -1;
	r->exact = true;
	return 1;
}
