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
#endif

#define REGS_SIZE        (22 * 8)
#define REGS_VECTOR_OFF  (15 * 8)

#endif /* UK_ASM_REGS_H */
