/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86_64 save and resume (uktest_arch.h): RBX, RBP, R12-R15, the RSP the
 * caller has after the call returns, and the return address. No x87/SSE
 * register is callee-saved in the System V ABI.
 */
	.text

	.globl	uktest_arch_save
	.type	uktest_arch_save, @function
uktest_arch_save:
	movq	(%rsp), %rdx
	leaq	8(%rsp), %rcx
	movq	%rbx, 0(%rdi)
	movq	%rbp, 8(%rdi)
	movq	%r12, 16(%rdi)
	movq	%r13, 24(%rdi)
	movq	%r14, 32(%rdi)
	movq	%r15, 40(%rdi)
	movq	%rcx, 48(%rdi)
	movq	%rdx, 56(%rdi)
	xorl	%eax, %eax
	ret
	.size	uktest_arch_save, . - uktest_arch_save

	.globl	uktest_arch_resume
	.type	uktest_arch_resume, @function
uktest_arch_resume:
	movq	0(%rdi), %rbx
	movq	8(%rdi), %rbp
	movq	16(%rdi), %r12
	movq	24(%rdi), %r13
	movq	32(%rdi), %r14
	movq	40(%rdi), %r15
	movq	48(%rdi), %rsp
	movl	$1, %eax
	jmpq	*56(%rdi)
	.size	uktest_arch_resume, . - uktest_arch_resume
