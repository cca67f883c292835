/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * SSE for applications. Kernel code is built general-registers-only, so the
 * trap path never touches XMM state and need not save it.
 */
#include <uk/asm/cpu.h>

void x86_fpu_enable(void)
{
	unsigned long cr0 = x86_read_cr0();

	cr0 &= ~(unsigned long)(X86_CR0_EM | X86_CR0_TS);
	cr0 |= X86_CR0_MP;
	x86_write_cr0(cr0);
	x86_write_cr4(x86_read_cr4() | X86_CR4_OSFXSR | X86_CR4_OSXMMEXCPT);
	__asm__ __volatile__("fninit");
}
