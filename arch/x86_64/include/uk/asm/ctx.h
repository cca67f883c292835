/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86_64 thread context (see <uk/arch/ctx.h>): the System V callee-saved
 * registers, RSP and RIP as at the return from ukarch_ctx_switch, and the
 * FXSAVE image (x87, MXCSR, XMM0-15). Offsets are used by ctx_switch.S.
 */
#ifndef UK_ASM_CTX_H
#define UK_ASM_CTX_H

#define CTX_RSP	  0
#define CTX_RIP	  8
#define CTX_RBX	  16
#define CTX_RBP	  24
#define CTX_R12	  32
#define CTX_R13	  40
#define CTX_R14	  48
#define CTX_R15	  56
#define CTX_GUARD 64
#define CTX_FPU	  80 /* 16-byte aligned within the 16-byte aligned struct */

#ifndef __ASSEMBLY__
#include <uk/essentials.h>

struct ukarch_fpctx {
	uint16_t fcw, fsw;
	uint8_t ftw, _r0;
	uint16_t fop;
	uint64_t fip, fdp;
	uint32_t mxcsr, mxcsr_mask;
	uint8_t st[8][16];   /* ST0-7, 10 bytes used of each */
	uint8_t xmm[16][16]; /* XMM0-15 */
	uint8_t _r1[96];
} __aligned(16);

struct ukarch_ctx {
	unsigned long rsp, rip;
	unsigned long rbx, rbp, r12, r13, r14, r15;
	unsigned long stack_guard; /* lowest address of the guard page */
	unsigned long _pad;
	struct ukarch_fpctx fpu;
} __aligned(16);

_Static_assert(offsetof(struct ukarch_ctx, rip) == CTX_RIP, "CTX_RIP");
_Static_assert(offsetof(struct ukarch_ctx, r15) == CTX_R15, "CTX_R15");
_Static_assert(offsetof(struct ukarch_ctx, stack_guard) == CTX_GUARD, "G");
_Static_assert(offsetof(struct ukarch_ctx, fpu) == CTX_FPU, "CTX_FPU");
_Static_assert(sizeof(struct ukarch_fpctx) == 512, "FXSAVE image");

static inline unsigned long ukarch_ctx_pc(const struct ukarch_ctx *c)
{
	return c->rip;
}

static inline unsigned long ukarch_ctx_sp(const struct ukarch_ctx *c)
{
	return c->rsp;
}

static inline unsigned long ukarch_ctx_fp(const struct ukarch_ctx *c)
{
	return c->rbp;
}
#endif /* __ASSEMBLY__ */

#endif /* UK_ASM_CTX_H */
