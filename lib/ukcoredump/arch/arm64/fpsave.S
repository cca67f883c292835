/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * coredump_arch_fpsave(out): V0-V31, FPSR and FPCR into @out in the layout
 * of struct user_fpsimd_state. In assembly: C code is built without FP
 * registers.
 */
.text
.globl coredump_arch_fpsave
.type coredump_arch_fpsave, %function
coredump_arch_fpsave:
	stp	q0, q1, [x0, #0]
	stp	q2, q3, [x0, #32]
	stp	q4, q5, [x0, #64]
	stp	q6, q7, [x0, #96]
	stp	q8, q9, [x0, #128]
	stp	q10, q11, [x0, #160]
	stp	q12, q13, [x0, #192]
	stp	q14, q15, [x0, #224]
	stp	q16, q17, [x0, #256]
	stp	q18, q19, [x0, #288]
	stp	q20, q21, [x0, #320]
	stp	q22, q23, [x0, #352]
	stp	q24, q25, [x0, #384]
	stp	q26, q27, [x0, #416]
	stp	q28, q29, [x0, #448]
	stp	q30, q31, [x0, #480]
	mrs	x1, fpsr
	str	w1, [x0, #512]
	mrs	x1, fpcr
	str	w1, [x0, #516]
	ret
.size coredump_arch_fpsave, . - coredump_arch_fpsave
