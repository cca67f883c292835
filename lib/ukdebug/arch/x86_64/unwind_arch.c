/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86_64 side of the unwinder (unwind.h). The trap entry (trap_entry.S) is
 * the only caller of x86_trap: a return address right after a `call
 * x86_trap` is a trap frame's, and the entry calls it with RBP pointing to
 * a frame record it pushed right below the frame (struct __regs).
 */
#include <stddef.h>
#include <uk/asm/traps.h>
#include "../../safe_read.h"
#include "../../unwind.h"

#define CALL_REL32 0xe8

/* Whether the instruction before @ret is a direct call of x86_trap. */
static bool calls_trap(unsigned long ret)
{
	unsigned long word;
	int32_t rel;

	/* The five bytes of the call are the last five of this word. */
	if (ukdebug_read_word(ret - 8, &word) ||
	    ((word >> 24) & 0xff) != CALL_REL32)
		return false;
	rel = (int32_t)(word >> 32);
	return ret + rel == (unsigned long)x86_trap;
}

void unwind_arch_regs(const struct __regs *regs, struct unwind_regs *r)
{
	r->pc = regs->rip;
	r->sp = regs->rsp;
	r->fp = regs->rbp;
	r->lr = 0;
	r->exact = true;
}

void unwind_arch_ctx(const struct ukarch_ctx *ctx, struct unwind_regs *r)
{
	r->pc = ukarch_ctx_pc(ctx);
	r->sp = ukarch_ctx_sp(ctx);
	r->fp = ukarch_ctx_fp(ctx);
	r->lr = 0;
	r->exact = true;
}

int unwind_arch_trap(unsigned long ret, unsigned long fp, struct unwind_regs *r)
{
	unsigned long regs = fp + 2 * sizeof(unsigned long);

	if (!calls_trap(ret))
		return 0;
	if (ukdebug_read_word(regs + offsetof(struct __regs, rip), &r->pc) ||
	    ukdebug_read_word(regs + offsetof(struct __regs, rsp), &r->sp) ||
	    ukdebug_read_word(regs + offsetof(struct __regs, rbp), &r->fp))
		return -1;
	r->lr = 0;
	r->exact = true;
	return 1;
}
