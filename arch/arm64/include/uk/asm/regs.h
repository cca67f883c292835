/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The register frame every arm64 exception saves (arch/arm64/vectors.S) on
 * the stack it was taken on, lowest address first:
 *
 *   offset   field         what it holds
 *   0..240   x[0]..x[30]   general registers (x29 = fp, x30 = lr)
 *   248      sp            stack pointer of the interrupted code
 *   256      elr           ELR_EL1: where execution resumes (the PC)
 *   264      spsr          SPSR_EL1: interrupted PSTATE (DAIF, NZCV, EL, SP)
 *   272      esr           ESR_EL1: syndrome (stale for IRQ/FIQ)
 *   280      far           FAR_EL1: faulting address (meaningful for aborts,
 *                          watchpoints and PC/SP alignment faults only)
 *   288      fp_frame[2]   a frame record {x29, elr}; the handler runs with
 *                          x29 pointing here, so frame-pointer unwinding walks
 *                          from the handler into the interrupted function
 *
 * Handlers may modify the frame: x0-x30, sp, elr and spsr are loaded back on
 * return (esr, far and fp_frame are not). A new sp must not point into the
 * frame itself. Floating-point registers are not saved: kernel code is built
 * with -mgeneral-regs-only, so no handler can clobber them.
 */
#ifndef UK_ASM_REGS_H
#define UK_ASM_REGS_H

#define REGS_X0        0
#define REGS_X30       (30 * 8)
#define REGS_SP        (31 * 8)
#define REGS_ELR       (32 * 8)
#define REGS_SPSR      (33 * 8)
#define REGS_ESR       (34 * 8)
#define REGS_FAR       (35 * 8)
#define REGS_FP_FRAME  (36 * 8)
#define REGS_SIZE      (38 * 8)     /* a multiple of 16: keeps sp aligned */

#ifndef __ASSEMBLY__
#include <uk/essentials.h>

struct __regs {
	unsigned long x[31];
	unsigned long sp;
	unsigned long elr;
	unsigned long spsr;
	unsigned long esr;
	unsigned long far;
	unsigned long fp_frame[2];
};

_Static_assert(offsetof(struct __regs, sp) == REGS_SP, "REGS_SP");
_Static_assert(offsetof(struct __regs, elr) == REGS_ELR, "REGS_ELR");
_Static_assert(offsetof(struct __regs, spsr) == REGS_SPSR, "REGS_SPSR");
_Static_assert(offsetof(struct __regs, esr) == REGS_ESR, "REGS_ESR");
_Static_assert(offsetof(struct __regs, far) == REGS_FAR, "REGS_FAR");
_Static_assert(offsetof(struct __regs, fp_frame) == REGS_FP_FRAME, "REGS_FP");
_Static_assert(sizeof(struct __regs) == REGS_SIZE, "REGS_SIZE");
#endif

#endif /* UK_ASM_REGS_H */
