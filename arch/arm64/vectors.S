/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The EL1 exception vector table and the code that saves and restores the
 * register frame (struct __regs, <uk/asm/regs.h>). Every one of the 16
 * entries saves a full frame on the current stack and calls arm64_trap()
 * (provided by the platform, declared in <uk/asm/traps.h>) with the
 * entry's index 0..15: 4 * origin + kind, origin 0 = EL1 with SP_EL0,
 * 1 = EL1 with SP_EL1, 2 = EL0 AArch64, 3 = EL0 AArch32; kind
 * 0 = synchronous, 1 = IRQ, 2 = FIQ, 3 = SError. When it returns, the
 * frame is loaded back, so a handler can change registers, the PC (elr)
 * or the stack pointer.
 *
 * One exception to "the current stack": a synchronous exception taken in
 * the kernel (EL1h) whose SP is misaligned, or lies in the guard page
 * below the stack or just above it, saves its frame on the trap stack
 * instead (see el1h_sync below), so a stack overflow still reaches C.
 */
#include <uk/asm/regs.h>

/*
 * SP values in [arm64_stack_guard, arm64_stack_guard + TRAP_STACK_ZONE)
 * switch to the trap stack: the 4 KiB guard page itself, and 4 KiB above
 * it, room the frame and the C trap path (up to the crash screen) would
 * need and not find before running into the guard page themselves.
 */
#define TRAP_STACK_ZONE  (8 * 1024)
#define TRAP_STACK_SIZE  (16 * 1024)

/*
 * Finish a frame whose x0 and x1 are saved, with x0 = the SP of the
 * interrupted code if it ran on SP_EL1, then call the C handler.
 */
.macro trap_call vector
	str	x30, [sp, #REGS_X30]
	bl	arm64_save_regs
	mov	x0, sp
	mov	x1, #\vector
	bl	arm64_trap
	b	arm64_restore_regs
.endm

.macro ventry vector
	.balign 0x80
	sub	sp, sp, #REGS_SIZE
	stp	x0, x1, [sp, #REGS_X0]
	add	x0, sp, #REGS_SIZE
	trap_call \vector
.endm

	.section .text.vectors, "ax"
	.balign 0x800
	.globl	arm64_vectors
arm64_vectors:
	ventry 0
	ventry 1
	ventry 2
	ventry 3
	.balign 0x80
	b	el1h_sync               /* 4: checks the stack first */
	ventry 5
	ventry 6
	ventry 7
	ventry 8
	ventry 9
	ventry 10
	ventry 11
	ventry 12
	ventry 13
	ventry 14
	ventry 15

/*
 * Synchronous exceptions in the kernel. Before anything is stored below
 * SP, look at SP itself: when it is misaligned (an SP alignment fault, which
 * any store through it would raise again, endlessly) or lies in the guard
 * page or the zone above it (a stack overflow, which a store into the guard
 * page would turn into a fault loop), the frame goes on the trap stack. The
 * frame then records the faulting SP, so the report shows it and returning
 * resumes on the original stack. x0 is parked in TPIDR_EL1 for the check
 * because nothing else in this kernel uses that register (should something
 * start to, SP_EL0 is free as well). Exceptions raised while on the trap
 * stack (a fault in the crash screen) stack up on it normally: its SP is
 * outside the zone.
 */
	.text
	.type	el1h_sync, %function
el1h_sync:
	msr	tpidr_el1, x0
	mov	x0, sp
	tst	x0, #15
	b.ne	2f
	adrp	x0, arm64_stack_guard
	ldr	x0, [x0, :lo12:arm64_stack_guard]
	cmp	sp, x0
	b.lo	1f
	add	x0, x0, #TRAP_STACK_ZONE
	cmp	sp, x0
	b.lo	2f
1:	mrs	x0, tpidr_el1
	sub	sp, sp, #REGS_SIZE
	stp	x0, x1, [sp, #REGS_X0]
	add	x0, sp, #REGS_SIZE
	trap_call 4

	/* sp = the frame on the trap stack, x0 = old sp, without a 2nd register. */
2:	adrp	x0, arm64_trap_stack_top - REGS_SIZE
	add	x0, x0, :lo12:arm64_trap_stack_top - REGS_SIZE
	sub	x0, sp, x0              /* x0 = old sp - frame */
	sub	sp, sp, x0              /* sp = frame */
	add	x0, sp, x0              /* x0 = old sp */
	str	x1, [sp, #REGS_X0 + 8]
	mrs	x1, tpidr_el1
	str	x1, [sp, #REGS_X0]
	trap_call 4
	.size	el1h_sync, . - el1h_sync

/*
 * Called from a vector entry with x0, x1 and x30 already saved and x0 = the
 * interrupted SP_EL1; fills in the rest of the frame at sp and makes x29
 * point at its frame record.
 */
	.type	arm64_save_regs, %function
arm64_save_regs:
	stp	x2, x3, [sp, #2 * 8]
	stp	x4, x5, [sp, #4 * 8]
	stp	x6, x7, [sp, #6 * 8]
	stp	x8, x9, [sp, #8 * 8]
	stp	x10, x11, [sp, #10 * 8]
	stp	x12, x13, [sp, #12 * 8]
	stp	x14, x15, [sp, #14 * 8]
	stp	x16, x17, [sp, #16 * 8]
	stp	x18, x19, [sp, #18 * 8]
	stp	x20, x21, [sp, #20 * 8]
	stp	x22, x23, [sp, #22 * 8]
	stp	x24, x25, [sp, #24 * 8]
	stp	x26, x27, [sp, #26 * 8]
	stp	x28, x29, [sp, #28 * 8]

	/* SPSR.M[0] (SPSel) set: the exception came from EL1h, same stack. */
	mrs	x1, spsr_el1
	tbnz	x1, #0, 1f
	mrs	x0, sp_el0
1:	str	x0, [sp, #REGS_SP]
	mrs	x0, elr_el1
	stp	x0, x1, [sp, #REGS_ELR]
	mrs	x2, esr_el1
	mrs	x3, far_el1
	stp	x2, x3, [sp, #REGS_ESR]

	stp	x29, x0, [sp, #REGS_FP_FRAME]
	add	x29, sp, #REGS_FP_FRAME
	ret
	.size	arm64_save_regs, . - arm64_save_regs

/*
 * Load the frame at sp back and return from the exception. The stack
 * pointer may have been changed by the handler: x0, x1 and x30 travel on
 * the target stack (32 bytes below it) so that every register can be
 * restored after sp is switched.
 */
	.type	arm64_restore_regs, %function
arm64_restore_regs:
	ldp	x0, x1, [sp, #REGS_ELR]
	msr	elr_el1, x0
	msr	spsr_el1, x1
	ldp	x2, x3, [sp, #2 * 8]
	ldp	x4, x5, [sp, #4 * 8]
	ldp	x6, x7, [sp, #6 * 8]
	ldp	x8, x9, [sp, #8 * 8]
	ldp	x10, x11, [sp, #10 * 8]
	ldp	x12, x13, [sp, #12 * 8]
	ldp	x14, x15, [sp, #14 * 8]
	ldp	x16, x17, [sp, #16 * 8]
	ldp	x18, x19, [sp, #18 * 8]
	ldp	x20, x21, [sp, #20 * 8]
	ldp	x22, x23, [sp, #22 * 8]
	ldp	x24, x25, [sp, #24 * 8]
	ldp	x26, x27, [sp, #26 * 8]
	ldp	x28, x29, [sp, #28 * 8]

	/* Returning to SP_EL0 code: that stack is in sp_el0, ours unwinds. */
	ldr	x0, [sp, #REGS_SP]
	tbnz	x1, #0, 1f
	msr	sp_el0, x0
	add	x0, sp, #REGS_SIZE
1:	sub	x0, x0, #32
	ldr	x1, [sp, #REGS_X30]
	str	x1, [x0, #16]
	ldr	x1, [sp, #REGS_X0 + 8]
	str	x1, [x0, #8]
	ldr	x1, [sp, #REGS_X0]
	str	x1, [x0]
	mov	sp, x0
	ldp	x0, x1, [sp]
	ldr	x30, [sp, #16]
	add	sp, sp, #32
	eret
	.size	arm64_restore_regs, . - arm64_restore_regs

/* Lowest address of the guard page below the kernel's stack (0: none). */
	.data
	.balign	8
	.globl	arm64_stack_guard
arm64_stack_guard:
	.quad	0

	.section .bss.trap_stack, "aw", %nobits
	.balign	16
arm64_trap_stack:
	.space	TRAP_STACK_SIZE
arm64_trap_stack_top:

	.section .note.GNU-stack, "", %progbits
