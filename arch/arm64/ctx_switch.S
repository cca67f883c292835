/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Thread context switch and the first frame of a new thread (see
 * <uk/arch/ctx.h>). The saved PC is x30, where ukarch_ctx_switch returns,
 * so a switched-out thread looks to a debugger like any caller of a
 * function that has just returned. The next thread's guard page goes to
 * arm64_stack_guard, which the exception vectors check for overflows.
 */
#include <uk/asm/ctx.h>

	.cfi_sections .debug_frame
	.text
	.globl	ukarch_ctx_switch
	.type	ukarch_ctx_switch, %function
ukarch_ctx_switch:
	.cfi_startproc
	stp	x19, x20, [x0, #CTX_X19]
	stp	x21, x22, [x0, #CTX_X19 + 16]
	stp	x23, x24, [x0, #CTX_X19 + 32]
	stp	x25, x26, [x0, #CTX_X19 + 48]
	stp	x27, x28, [x0, #CTX_X19 + 64]
	stp	x29, x30, [x0, #CTX_FP]
	mov	x9, sp
	str	x9, [x0, #CTX_SP]
	mrs	x9, fpcr
	mrs	x10, fpsr
	stp	x9, x10, [x0, #CTX_FPCR]
	add	x9, x0, #CTX_V
	stp	q0, q1, [x9, #0]
	stp	q2, q3, [x9, #32]
	stp	q4, q5, [x9, #64]
	stp	q6, q7, [x9, #96]
	stp	q8, q9, [x9, #128]
	stp	q10, q11, [x9, #160]
	stp	q12, q13, [x9, #192]
	stp	q14, q15, [x9, #224]
	stp	q16, q17, [x9, #256]
	stp	q18, q19, [x9, #288]
	stp	q20, q21, [x9, #320]
	stp	q22, q23, [x9, #352]
	stp	q24, q25, [x9, #384]
	stp	q26, q27, [x9, #416]
	stp	q28, q29, [x9, #448]
	stp	q30, q31, [x9, #480]

	add	x9, x1, #CTX_V
	ldp	q0, q1, [x9, #0]
	ldp	q2, q3, [x9, #32]
	ldp	q4, q5, [x9, #64]
	ldp	q6, q7, [x9, #96]
	ldp	q8, q9, [x9, #128]
	ldp	q10, q11, [x9, #160]
	ldp	q12, q13, [x9, #192]
	ldp	q14, q15, [x9, #224]
	ldp	q16, q17, [x9, #256]
	ldp	q18, q19, [x9, #288]
	ldp	q20, q21, [x9, #320]
	ldp	q22, q23, [x9, #352]
	ldp	q24, q25, [x9, #384]
	ldp	q26, q27, [x9, #416]
	ldp	q28, q29, [x9, #448]
	ldp	q30, q31, [x9, #480]
	ldp	x9, x10, [x1, #CTX_FPCR]
	msr	fpcr, x9
	msr	fpsr, x10
	ldr	x9, [x1, #CTX_GUARD]
	adrp	x10, arm64_stack_guard
	str	x9, [x10, :lo12:arm64_stack_guard]
	ldp	x19, x20, [x1, #CTX_X19]
	ldp	x21, x22, [x1, #CTX_X19 + 16]
	ldp	x23, x24, [x1, #CTX_X19 + 32]
	ldp	x25, x26, [x1, #CTX_X19 + 48]
	ldp	x27, x28, [x1, #CTX_X19 + 64]
	ldp	x29, x30, [x1, #CTX_FP]
	ldr	x9, [x1, #CTX_SP]
	mov	sp, x9
	ret
	.cfi_endproc
	.size	ukarch_ctx_switch, . - ukarch_ctx_switch

/*
 * A new thread's first instruction: entry in x19, its argument in x20
 * (ukarch_ctx_init). The outermost frame: no caller to unwind to.
 */
	.globl	ukarch_ctx_trampoline
	.type	ukarch_ctx_trampoline, %function
ukarch_ctx_trampoline:
	.cfi_startproc
	.cfi_undefined x30
	mov	x0, x20
	blr	x19
	udf	#0
	.cfi_endproc
	.size	ukarch_ctx_trampoline, . - ukarch_ctx_trampoline
