/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 register notes in Linux's layouts: struct elf_prstatus (the
 * signal at 12, the pid at 32, user_pt_regs x0-x30, sp, pc, pstate at 112)
 * and struct user_fpsimd_state (V0-V31, FPSR, FPCR) as NT_FPREGSET.
 */
#include <string.h>
#include "../../coredump_arch.h"

#define PR_CURSIG 12
#define PR_PID	  32
#define PR_REG	  112
#define PR_FPVAL  384
#define NREGS	  34 /* x0-x30, sp, pc, pstate */

#define FP_FPSR 512
#define FP_FPCR 516

/* The CPU's V0-V31, FPSR and FPCR now, in that layout (fpsave.S). */
void coredump_arch_fpsave(void *out);

void coredump_arch_prstatus(void *out, unsigned long pid, int sig,
			    const struct __regs *r, const struct ukarch_ctx *c)
{
	uint8_t *p = out;
	unsigned long g[NREGS] = { 0 };
	short cursig = sig;
	int pid32 = pid, fpvalid = 1;

	memset(p, 0, CD_ARCH_PRSTATUS_SIZE);
	if (r) {
		memcpy(g, r->x, sizeof(r->x));
		g[31] = r->sp;
		g[32] = r->elr;
		g[33] = r->spsr;
	} else {
		memcpy(&g[19], c->x19_x28, sizeof(c->x19_x28));
		g[29] = c->fp;
		g[30] = c->pc;
		g[31] = c->sp;
		g[32] = c->pc;
		g[33] = 0x3c5; /* EL1h, interrupts masked: inside a switch */
	}
	memcpy(p, &sig, sizeof(sig));
	memcpy(p + PR_CURSIG, &cursig, sizeof(cursig));
	memcpy(p + PR_PID, &pid32, sizeof(pid32));
	memcpy(p + PR_REG, g, sizeof(g));
	memcpy(p + PR_FPVAL, &fpvalid, sizeof(fpvalid));
}

void coredump_arch_fpregset(void *out, const struct ukarch_ctx *c)
{
	uint8_t *p = out;
	uint32_t fpsr, fpcr;

	memset(p, 0, CD_ARCH_FPREGSET_SIZE);
	if (!c) {
		coredump_arch_fpsave(p);
		return;
	}
	fpsr = c->fpsr;
	fpcr = c->fpcr;
	memcpy(p, c->v, sizeof(c->v));
	memcpy(p + FP_FPSR, &fpsr, sizeof(fpsr));
	memcpy(p + FP_FPCR, &fpcr, sizeof(fpcr));
}

int coredump_arch_signal(const struct ukarch_trapctx *ctx)
{
	switch (ctx->trapnr) {
	case 0x00:	  /* unknown reason: undefined instruction */
		return 4; /* SIGILL */
	case 0x22:	  /* PC alignment */
	case 0x26:	  /* SP alignment */
	case 0x2f:	  /* SError */
		return 7; /* SIGBUS */
	case 0x2c:	  /* trapped FP exception */
		return 8; /* SIGFPE */
	case 0x30:	  /* breakpoint, step, watchpoint, BRK */
	case 0x31:
	case 0x32:
	case 0x33:
	case 0x34:
	case 0x35:
	case 0x3c:
		return 5; /* SIGTRAP */
	default:
		return 11; /* SIGSEGV: aborts and the rest */
	}
}
