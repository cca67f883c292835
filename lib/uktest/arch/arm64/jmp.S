/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 save and resume (uktest_arch.h): x19-x28, the frame pointer, the
 * link register (where the call returns), SP and d8-d15, the registers
 * AAPCS64 makes callee-saved. Kernel C code never touches d8-d15
 * (-mgeneral-regs-only) but an application's case may.
 */
	.text

	.globl	uktest_arch_save
	.type	uktest_arch_save, %function
uktest_arch_save:
	stp	x19, x20, [x0, #0]
	stp	x21, x22, [x0, #16]
	stp	x23, x24, [x0, #32]
	stp	x25, x26, [x0, #48]
	stp	x27, x28, [x0, #64]
	stp	x29, x30, [x0, #80]
	mov	x1, sp
	str	x1, [x0, #96]
	stp	d8, d9, [x0, #104]
	stp	d10, d11, [x0, #120]
	stp	d12, d13, [x0, #136]
	stp	d14, d15, [x0, #152]
	mov	w0, #0
	ret
	.size	uktest_arch_save, . - uktest_arch_save

	.globl	uktest_arch_resume
	.type	uktest_arch_resume, %function
uktest_arch_resume:
	ldp	x19, x20, [x0, #0]
	ldp	x21, x22, [x0, #16]
	ldp	x23, x24, [x0, #32]
	ldp	x25, x26, [x0, #48]
	ldp	x27, x28, [x0, #64]
	ldp	x29, x30, [x0, #80]
	ldr	x1, [x0, #96]
	mov	sp, x1
	ldp	d8, d9, [x0, #104]
	ldp	d10, d11, [x0, #120]
	ldp	d12, d13, [x0, #136]
	ldp	d14, d15, [x0, #152]
	mov	w0, #1
	ret
	.size	uktest_arch_resume, . - uktest_arch_resume
