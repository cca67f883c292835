/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Thread context switch and the first frame of a new thread (see
 * <uk/arch/ctx.h>). The saved RIP/RSP are those of the return from
 * ukarch_ctx_switch, so a switched-out thread looks to a debugger like
 * any caller of a function that has just returned.
 */
#include <uk/asm/ctx.h>

	.cfi_sections .debug_frame
	.text
	.globl	ukarch_ctx_switch
	.type	ukarch_ctx_switch, @function
ukarch_ctx_switch:
	.cfi_startproc
	movq	(%rsp), %rax
	movq	%rax, CTX_RIP(%rdi)
	leaq	8(%rsp), %rax
	movq	%rax, CTX_RSP(%rdi)
	movq	%rbx, CTX_RBX(%rdi)
	movq	%rbp, CTX_RBP(%rdi)
	movq	%r12, CTX_R12(%rdi)
	movq	%r13, CTX_R13(%rdi)
	movq	%r14, CTX_R14(%rdi)
	movq	%r15, CTX_R15(%rdi)
	fxsave64 CTX_FPU(%rdi)

	fxrstor64 CTX_FPU(%rsi)
	movq	CTX_RBX(%rsi), %rbx
	movq	CTX_RBP(%rsi), %rbp
	movq	CTX_R12(%rsi), %r12
	movq	CTX_R13(%rsi), %r13
	movq	CTX_R14(%rsi), %r14
	movq	CTX_R15(%rsi), %r15
	movq	CTX_RSP(%rsi), %rsp
	jmpq	*CTX_RIP(%rsi)
	.cfi_endproc
	.size	ukarch_ctx_switch, . - ukarch_ctx_switch

/*
 * A new thread's first instruction: entry in %rbx, its argument in %r12
 * (ukarch_ctx_init). The outermost frame: no caller to unwind to.
 */
	.globl	ukarch_ctx_trampoline
	.type	ukarch_ctx_trampoline, @function
ukarch_ctx_trampoline:
	.cfi_startproc
	.cfi_undefined rip
	movq	%r12, %rdi
	callq	*%rbx
	ud2
	.cfi_endproc
	.size	ukarch_ctx_trampoline, . - ukarch_ctx_trampoline

	.section .note.GNU-stack, "", @progbits
