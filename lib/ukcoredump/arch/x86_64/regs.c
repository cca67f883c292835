/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86_64 register notes in Linux's layouts: struct elf_prstatus (the
 * signal at 12, the pid at 32, user_regs_struct at 112) and the FXSAVE
 * image as NT_FPREGSET.
 */
#include <string.h>
#include "../../coredump_arch.h"

#define PR_CURSIG 12
#define PR_PID	  32
#define PR_REG	  112
#define PR_FPVAL  328

/* user_regs_struct, in order. */
enum {
	R15,
	R14,
	R13,
	R12,
	RBP,
	RBX,
	R11,
	R10,
	R9,
	R8,
	RAX,
	RCX,
	RDX,
	RSI,
	RDI,
	ORIG_RAX,
	RIP,
	CS,
	EFLAGS,
	RSP,
	SS,
	FS_BASE,
	GS_BASE,
	DS,
	ES,
	FS,
	GS,
	NREGS
};

#define KERNEL_CS 0x08
#define KERNEL_SS 0x10

void coredump_arch_prstatus(void *out, unsigned long pid, int sig,
			    const struct __regs *r, const struct ukarch_ctx *c)
{
	uint8_t *p = out;
	unsigned long g[NREGS] = { 0 };
	short cursig = sig;
	int pid32 = pid, fpvalid = 1;

	memset(p, 0, CD_ARCH_PRSTATUS_SIZE);
	if (r) {
		g[R15] = r->r15, g[R14] = r->r14, g[R13] = r->r13;
		g[R12] = r->r12, g[RBP] = r->rbp, g[RBX] = r->rbx;
		g[R11] = r->r11, g[R10] = r->r10, g[R9] = r->r9;
		g[R8] = r->r8, g[RAX] = r->rax, g[RCX] = r->rcx;
		g[RDX] = r->rdx, g[RSI] = r->rsi, g[RDI] = r->rdi;
		g[ORIG_RAX] = r->error_code, g[RIP] = r->rip, g[CS] = r->cs;
		g[EFLAGS] = r->rflags, g[RSP] = r->rsp, g[SS] = r->ss;
	} else {
		g[R15] = c->r15, g[R14] = c->r14, g[R13] = c->r13;
		g[R12] = c->r12, g[RBP] = c->rbp, g[RBX] = c->rbx;
		g[RIP] = c->rip, g[RSP] = c->rsp;
		g[CS] = KERNEL_CS, g[SS] = KERNEL_SS;
	}
	g[DS] = g[ES] = KERNEL_SS;
	memcpy(p, &sig, sizeof(sig));
	memcpy(p + PR_CURSIG, &cursig, sizeof(cursig));
	memcpy(p + PR_PID, &pid32, sizeof(pid32));
	memcpy(p + PR_REG, g, sizeof(g));
	memcpy(p + PR_FPVAL, &fpvalid, sizeof(fpvalid));
}

void coredump_arch_fpregset(void *out, const struct ukarch_ctx *c)
{
	struct ukarch_fpctx now;

	if (c) {
		memcpy(out, &c->fpu, sizeof(c->fpu));
		return;
	}
	__asm__ __volatile__("fxsave %0" : "=m"(now));
	memcpy(out, &now, sizeof(now));
}

int coredump_arch_signal(const struct ukarch_trapctx *ctx)
{
	switch (ctx->trapnr) {
	case 0:		  /* #DE */
	case 16:	  /* #MF */
	case 19:	  /* #XM */
		return 8; /* SIGFPE */
	case 1:		  /* #DB */
	case 3:		  /* #BP */
		return 5; /* SIGTRAP */
	case 6:		  /* #UD */
		return 4; /* SIGILL */
	case 11:	  /* #NP */
	case 12:	  /* #SS */
	case 17:	  /* #AC */
		return 7; /* SIGBUS */
	default:
		return 11; /* SIGSEGV: #PF, #GP and the rest */
	}
}
