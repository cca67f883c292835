/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The application's FP/SIMD state while the stub has the CPU. Kernel code
 * is built general-registers-only and the trap entry saves no FP state, so
 * when a trap reaches the stub q0-q31, FPSR and FPCR still hold what the
 * interrupted code left there: one save on entry captures them for gdb
 * (struct arm64_fpstate in arm64_gdb.h), one load on resume puts back
 * whatever gdb changed. Assembly, because C built with
 * -mgeneral-regs-only may not name these registers.
 */
#define FP_FPSR 512     /* offsetof(struct arm64_fpstate, fpsr) */

	.text
	.globl	gdb_arch_fpu_save
	.type	gdb_arch_fpu_save, %function
gdb_arch_fpu_save:
	adrp	x0, gdb_arm64_fp
	add	x0, x0, :lo12:gdb_arm64_fp
	stp	q0, q1, [x0, #0 * 32]
	stp	q2, q3, [x0, #1 * 32]
	stp	q4, q5, [x0, #2 * 32]
	stp	q6, q7, [x0, #3 * 32]
	stp	q8, q9, [x0, #4 * 32]
	stp	q10, q11, [x0, #5 * 32]
	stp	q12, q13, [x0, #6 * 32]
	stp	q14, q15, [x0, #7 * 32]
	stp	q16, q17, [x0, #8 * 32]
	stp	q18, q19, [x0, #9 * 32]
	stp	q20, q21, [x0, #10 * 32]
	stp	q22, q23, [x0, #11 * 32]
	stp	q24, q25, [x0, #12 * 32]
	stp	q26, q27, [x0, #13 * 32]
	stp	q28, q29, [x0, #14 * 32]
	stp	q30, q31, [x0, #15 * 32]
	mrs	x1, fpsr
	mrs	x2, fpcr
	add	x0, x0, #FP_FPSR
	stp	w1, w2, [x0]
	ret
	.size	gdb_arch_fpu_save, . - gdb_arch_fpu_save

	.globl	gdb_arch_fpu_restore
	.type	gdb_arch_fpu_restore, %function
gdb_arch_fpu_restore:
	adrp	x0, gdb_arm64_fp
	add	x0, x0, :lo12:gdb_arm64_fp
	ldp	q0, q1, [x0, #0 * 32]
	ldp	q2, q3, [x0, #1 * 32]
	ldp	q4, q5, [x0, #2 * 32]
	ldp	q6, q7, [x0, #3 * 32]
	ldp	q8, q9, [x0, #4 * 32]
	ldp	q10, q11, [x0, #5 * 32]
	ldp	q12, q13, [x0, #6 * 32]
	ldp	q14, q15, [x0, #7 * 32]
	ldp	q16, q17, [x0, #8 * 32]
	ldp	q18, q19, [x0, #9 * 32]
	ldp	q20, q21, [x0, #10 * 32]
	ldp	q22, q23, [x0, #11 * 32]
	ldp	q24, q25, [x0, #12 * 32]
	ldp	q26, q27, [x0, #13 * 32]
	ldp	q28, q29, [x0, #14 * 32]
	ldp	q30, q31, [x0, #15 * 32]
	add	x0, x0, #FP_FPSR
	ldp	w1, w2, [x0]
	msr	fpsr, x1
	msr	fpcr, x2
	ret
	.size	gdb_arch_fpu_restore, . - gdb_arch_fpu_restore

	.section .note.GNU-stack, "", %progbits
