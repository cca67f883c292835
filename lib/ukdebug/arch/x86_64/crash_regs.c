/* SPDX-License-Identifier: BSD-3-Clause */
/* x86_64 register block of the crash screen, in the layout Linux uses. */
#include "../../crash_arch.h"

#define X86_TRAP_PF 14

void crash_arch_regs(const struct ukarch_trapctx *ctx)
{
	const struct __regs *r = ctx->regs;

	crash_line("RIP: %04lx:%016lx", r->cs & 0xffff, r->rip);
	crash_line("RSP: %04lx:%016lx EFLAGS: %08lx ORIG RAX: %016lx",
		   r->ss & 0xffff, r->rsp, r->rflags, ctx->error_code);
	crash_line("RAX: %016lx RBX: %016lx RCX: %016lx", r->rax, r->rbx,
		   r->rcx);
	crash_line("RDX: %016lx RSI: %016lx RDI: %016lx", r->rdx, r->rsi,
		   r->rdi);
	crash_line("RBP: %016lx R08: %016lx R09: %016lx", r->rbp, r->r8, r->r9);
	crash_line("R10: %016lx R11: %016lx R12: %016lx", r->r10, r->r11,
		   r->r12);
	crash_line("R13: %016lx R14: %016lx R15: %016lx", r->r13, r->r14,
		   r->r15);
	if (ctx->trapnr == X86_TRAP_PF)
		crash_line("CR2: %016lx", ctx->fault_addr);
}
