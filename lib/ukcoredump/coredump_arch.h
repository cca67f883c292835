/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukcoredump: what each architecture provides
 * (lib/ukcoredump/arch/<arch>/): the ELF machine and Linux's layouts of
 * the NT_PRSTATUS and NT_FPREGSET notes, which gdb and LLDB read.
 */
#ifndef UKCOREDUMP_ARCH_H
#define UKCOREDUMP_ARCH_H

#include <uk/essentials.h>
#include <uk/arch/ctx.h>
#include <uk/arch/traps.h>

#if CONFIG_ARCH_X86_64
#define CD_ARCH_MACHINE	      62  /* EM_X86_64 */
#define CD_ARCH_PRSTATUS_SIZE 336 /* struct elf_prstatus */
#define CD_ARCH_FPREGSET_SIZE 512 /* the FXSAVE image */
#define CD_ARCH_NAME	      "x86_64"
#else
#define CD_ARCH_MACHINE	      183 /* EM_AARCH64 */
#define CD_ARCH_PRSTATUS_SIZE 392 /* struct elf_prstatus */
#define CD_ARCH_FPREGSET_SIZE 528 /* struct user_fpsimd_state */
#define CD_ARCH_NAME	      "arm64"
#endif

/*
 * Fill the NT_PRSTATUS description @out for thread @pid stopped by signal
 * @sig: every register from @regs, or when @regs is NULL from the saved
 * context @ctx (callee-saved registers, SP, PC; the others 0).
 */
void coredump_arch_prstatus(void *out, unsigned long pid, int sig,
			    const struct __regs *regs,
			    const struct ukarch_ctx *ctx);

/*
 * Fill the NT_FPREGSET description @out from @ctx, or when @ctx is NULL
 * from the CPU's registers now (the running thread's: kernel code never
 * touches them).
 */
void coredump_arch_fpregset(void *out, const struct ukarch_ctx *ctx);

/* The POSIX signal a debugger names the trap @ctx with. */
int coredump_arch_signal(const struct ukarch_trapctx *ctx);

#endif /* UKCOREDUMP_ARCH_H */
