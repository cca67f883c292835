/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The register frame every x86_64 trap saves (arch/x86_64/trap_entry.S).
 * The entry stub pushes the vector and an error code (0 when the CPU gives
 * none) on top of what the CPU pushed, then all general registers, so the
 * frame reads from low to high addresses as below. Handlers may modify it:
 * the values are restored on return.
 */
#ifndef UK_ASM_REGS_H
#define UK_ASM_REGS_H

#ifndef __ASSEMBLY__
#include <uk/essentials.h>

struct __regs {
	unsigned long r15, r14, r13, r12, r11, r10, r9, r8;
	unsigned long rbp, rdi, rsi, rdx, rcx, rbx, rax;
	unsigned long vector;
	unsigned long error_code;
	/* pushed by the CPU */
	unsigned long rip, cs, rflags, rsp, ss;
};

static inline unsigned long ukarch_regs_pc(const struct __regs *r)
{
	return r->rip;
}

static inline unsigned long ukarch_regs_sp(const struct __regs *r)
{
	return r->rsp;
}

static inline unsigned long ukarch_regs_fp(const struct __regs *r)
{
	return r->rbp;
}

static inline void ukarch_regs_set_pc(struct __regs *r, unsigned long pc)
{
	r->rip = pc;
}

/*
 * Snapshot the general registers as they are at the call site: RIP is the
 * address right after the snapshot, RSP and RBP those of the caller.
 */
#define ukarch_regs_capture(r)                                                 \
	__asm__ __volatile__("movq %%rax, 14*8(%0); movq %%rbx, 13*8(%0)\n\t"  \
			     "movq %%rcx, 12*8(%0); movq %%rdx, 11*8(%0)\n\t"  \
			     "movq %%rsi, 10*8(%0); movq %%rdi, 9*8(%0)\n\t"   \
			     "movq %%rbp, 8*8(%0);  movq %%r8, 7*8(%0)\n\t"    \
			     "movq %%r9, 6*8(%0);   movq %%r10, 5*8(%0)\n\t"   \
			     "movq %%r11, 4*8(%0);  movq %%r12, 3*8(%0)\n\t"   \
			     "movq %%r13, 2*8(%0);  movq %%r14, 1*8(%0)\n\t"   \
			     "movq %%r15, 0*8(%0)\n\t"                         \
			     "leaq 1f(%%rip), %%rax; movq %%rax, 17*8(%0)\n\t" \
			     "movq %%rsp, 20*8(%0)\n\t"                        \
			     "pushfq; popq 19*8(%0)\n\t"                       \
			     "movq %%cs, %%rax; movq %%rax, 18*8(%0)\n\t"      \
			     "movq %%ss, %%rax; movq %%rax, 21*8(%0)\n"        \
			     "1:"                                              \
			     :                                                 \
			     : "r"(r)                                          \
			     : "rax", "memory")
#endif

#define REGS_SIZE	(22 * 8)
#define REGS_VECTOR_OFF (15 * 8)

#endif /* UK_ASM_REGS_H */
