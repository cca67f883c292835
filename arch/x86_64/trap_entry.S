/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * One stub per IDT vector. Each pushes an error code when the CPU did not
 * (so every frame has the same shape), then its vector number, and jumps to
 * trap_common, which saves the general registers as struct __regs
 * (<uk/asm/regs.h>) and calls x86_trap(regs), which the platform provides
 * (<uk/asm/traps.h>). Whatever the handler leaves in the frame is what the
 * interrupted code resumes with.
 */
#include <uk/asm/regs.h>

	.text
	.globl x86_trap_stubs
	.p2align 4
x86_trap_stubs:
	.set vec, 0
	.rept 256
	.p2align 4
	/* The CPU pushes an error code itself for 8, 10-14, 17, 21, 29, 30. */
	.if !((vec == 8) || ((vec >= 10) && (vec <= 14)) || (vec == 17) || (vec == 21) || (vec == 29) || (vec == 30))
	pushq $0
	.endif
	pushq $vec
	jmp trap_common
	.set vec, vec + 1
	.endr

trap_common:
	cld
	pushq %rax
	pushq %rbx
	pushq %rcx
	pushq %rdx
	pushq %rsi
	pushq %rdi
	pushq %rbp
	pushq %r8
	pushq %r9
	pushq %r10
	pushq %r11
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
	movq %rsp, %rdi
	/* A frame record linking to the interrupted code keeps call traces whole. */
	pushq REGS_SIZE - 5 * 8(%rsp)   /* rip */
	pushq 9 * 8(%rsp)               /* rbp as saved above */
	movq %rsp, %rbp
	call x86_trap
	addq $16, %rsp
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %r11
	popq %r10
	popq %r9
	popq %r8
	popq %rbp
	popq %rdi
	popq %rsi
	popq %rdx
	popq %rcx
	popq %rbx
	popq %rax
	addq $16, %rsp  /* vector and error code */
	iretq

	.section .note.GNU-stack, "", @progbits
