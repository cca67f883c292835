/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Writing code on x86_64: kernel text is mapped read-only, and CR0.WP is
 * what makes the CPU enforce that in ring 0. Clearing it for the length of
 * one nofault copy lets the stub place and remove breakpoints without
 * touching the page tables; interrupts are masked, so nothing else runs
 * meanwhile. x86 keeps instruction fetch coherent with stores, and the
 * iretq that resumes the guest serialises.
 */
#include <uk/asm/cpu.h>
#include <uk/nofault.h>
#include "../gdbstub_arch.h"

size_t gdb_arch_text_write(uintptr_t addr, const void *buf, size_t len)
{
	unsigned long cr0 = x86_read_cr0();
	size_t done;

	x86_write_cr0(cr0 & ~(unsigned long)X86_CR0_WP);
	done = uk_nofault_memcpy((void *)addr, buf, len, UK_NOFAULT_NOREPORT);
	x86_write_cr0(cr0);
	return done;
}
