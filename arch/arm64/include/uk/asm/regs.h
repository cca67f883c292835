/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The register frame every arm64 exception saves (arch/arm64/vectors.S) on
 * the stack it was taken on (or on the trap stack, see arm64_stack_guard),
 * lowest address first:
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

#define REGS_X0	      0
#define REGS_X30      (30 * 8)
#define REGS_SP	      (31 * 8)
#define REGS_ELR      (32 * 8)
#define REGS_SPSR     (33 * 8)
#define REGS_ESR      (34 * 8)
#define REGS_FAR      (35 * 8)
#define REGS_FP_FRAME (36 * 8)
#define REGS_SIZE     (38 * 8) /* a multiple of 16: keeps sp aligned */

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

/*
 * Lowest address of the unmapped 4 KiB guard page below the stack the
 * kernel runs on, set by the platform (0: no guard). A synchronous
 * exception taken with SP in that page or in the 4 KiB above it, or with a
 * misaligned SP, saves its frame on a separate trap stack (vectors.S): that
 * is how a stack overflow still reaches the trap handler.
 */
extern unsigned long arm64_stack_guard;

static inline unsigned long ukarch_regs_pc(const struct __regs *r)
{
	return r->elr;
}

static inline unsigned long ukarch_regs_sp(const struct __regs *r)
{
	return r->sp;
}

static inline unsigned long ukarch_regs_fp(const struct __regs *r)
{
	return r->x[29];
}

static inline void ukarch_regs_set_pc(struct __regs *r, unsigned long pc)
{
	r->elr = pc;
}

/*
 * Snapshot the general registers as they are at the call site: the PC is
 * the address right after the snapshot, sp, x29 and x30 those of the
 * caller. The PSTATE fields a program can read (NZCV, DAIF, CurrentEL,
 * SPSel) sit at their SPSR bit positions, so spsr reads like a trap's.
 * There is no syndrome: esr and far are 0. x16 and x17 (the call-veneer
 * scratch registers) are saved before they serve as temporaries.
 */
#define ukarch_regs_capture(r)                                                 \
	__asm__ __volatile__(                                                  \
	    "stp x0, x1, [%0, #0]\n\t"                                         \
	    "stp x2, x3, [%0, #16]\n\t"                                        \
	    "stp x4, x5, [%0, #32]\n\t"                                        \
	    "stp x6, x7, [%0, #48]\n\t"                                        \
	    "stp x8, x9, [%0, #64]\n\t"                                        \
	    "stp x10, x11, [%0, #80]\n\t"                                      \
	    "stp x12, x13, [%0, #96]\n\t"                                      \
	    "stp x14, x15, [%0, #112]\n\t"                                     \
	    "stp x16, x17, [%0, #128]\n\t"                                     \
	    "stp x18, x19, [%0, #144]\n\t"                                     \
	    "stp x20, x21, [%0, #160]\n\t"                                     \
	    "stp x22, x23, [%0, #176]\n\t"                                     \
	    "stp x24, x25, [%0, #192]\n\t"                                     \
	    "stp x26, x27, [%0, #208]\n\t"                                     \
	    "stp x28, x29, [%0, #224]\n\t"                                     \
	    "mov x16, sp\n\t"                                                  \
	    "stp x30, x16, [%0, #" STRINGIFY(                                  \
		REGS_X30) "]\n\t"                                              \
			  "mrs x16, nzcv\n\t"                                  \
			  "mrs x17, daif\n\t"                                  \
			  "orr x16, x16, x17\n\t"                              \
			  "mrs x17, currentel\n\t"                             \
			  "orr x16, x16, x17\n\t"                              \
			  "mrs x17, spsel\n\t"                                 \
			  "orr x17, x16, x17\n\t"                              \
			  "adr x16, 1f\n\t"                                    \
			  "stp x16, x17, [%0, #" STRINGIFY(                    \
			      REGS_ELR) "]\n\t"                                \
					"stp xzr, xzr, [%0, #" STRINGIFY(      \
					    REGS_ESR) "]\n\t"                  \
						      "stp x29, x16, [%0, "    \
						      "#" STRINGIFY(           \
							  REGS_FP_FRAME) "]\n" \
									 "1:"  \
	    :                                                                  \
	    : "r"(r)                                                           \
	    : "x16", "x17", "memory")
#endif

#endif /* UK_ASM_REGS_H */
