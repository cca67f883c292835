/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 thread context (see <uk/arch/ctx.h>): x19-x28, the frame pointer
 * x29, the PC (x30 at the call of ukarch_ctx_switch, where it resumes), SP,
 * and the FP/SIMD registers V0-V31 with FPCR and FPSR. Offsets are used by
 * ctx_switch.S. stack_guard is loaded into arm64_stack_guard on a switch,
 * so the vectors' overflow check follows the running thread.
 */
#ifndef UK_ASM_CTX_H
#define UK_ASM_CTX_H

#define CTX_X19	  0
#define CTX_FP	  (10 * 8)
#define CTX_PC	  (11 * 8)
#define CTX_SP	  (12 * 8)
#define CTX_GUARD (13 * 8)
#define CTX_FPCR  (14 * 8)
#define CTX_FPSR  (15 * 8)
#define CTX_V	  (16 * 8)

#ifndef __ASSEMBLY__
#include <uk/essentials.h>

struct ukarch_ctx {
	unsigned long x19_x28[10];
	unsigned long fp; /* x29 */
	unsigned long pc; /* x30 at the switch */
	unsigned long sp;
	unsigned long stack_guard; /* lowest address of the guard page */
	unsigned long fpcr, fpsr;
	uint64_t v[32][2]; /* V0-V31, low half first */
} __aligned(16);

_Static_assert(offsetof(struct ukarch_ctx, fp) == CTX_FP, "CTX_FP");
_Static_assert(offsetof(struct ukarch_ctx, pc) == CTX_PC, "CTX_PC");
_Static_assert(offsetof(struct ukarch_ctx, sp) == CTX_SP, "CTX_SP");
_Static_assert(offsetof(struct ukarch_ctx, stack_guard) == CTX_GUARD, "G");
_Static_assert(offsetof(struct ukarch_ctx, v) == CTX_V, "CTX_V");

static inline unsigned long ukarch_ctx_pc(const struct ukarch_ctx *c)
{
	return c->pc;
}

static inline unsigned long ukarch_ctx_sp(const struct ukarch_ctx *c)
{
	return c->sp;
}

static inline unsigned long ukarch_ctx_fp(const struct ukarch_ctx *c)
{
	return c->fp;
}
#endif /* __ASSEMBLY__ */

#endif /* UK_ASM_CTX_H */
