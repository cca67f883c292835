/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86_64 system registers for the GDB stub, last in the register
 * image: the segment bases (gdb's org.gnu.gdb.i386.segments, plus
 * k_gs_base), the control registers and EFER (org.lantern.x86_64.sys), as
 * QEMU's stub names them. They are the CPU's, read live in the stopped
 * state: nothing on the stub's trap path changes them, but CR2, which any
 * page fault since the stop (the stub probes memory through nofault) may
 * have overwritten, so a stop on a page fault reports the trap's fault
 * address. Writable: the three bases, which nothing in the kernel depends
 * on. CR0, CR3, CR4 and EFER are refused: a wrong bit there (paging, long
 * mode, the page-table root) kills the guest under the debugger with no
 * way back; CR2, since what it shows may be the trap's copy; CR8, since
 * the stub's own wait for the debugger's bytes (kvm_irq_wait) raises the
 * task priority and sets it back to 0, losing any value written.
 */
#include <string.h>
#include "../gdbstub_arch.h"
#include "x86_gdb.h"

#define MSR_EFER	   0xc0000080
#define MSR_FS_BASE	   0xc0000100
#define MSR_GS_BASE	   0xc0000101
#define MSR_KERNEL_GS_BASE 0xc0000102

#define TRAP_PAGE_FAULT 14

enum { FS_BASE, GS_BASE, K_GS_BASE, CR0, CR2, CR3, CR4, CR8, EFER };

static uint64_t rdmsr(uint32_t msr)
{
	uint32_t lo, hi;

	__asm__ __volatile__("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
	return (uint64_t)hi << 32 | lo;
}

static void wrmsr(uint32_t msr, uint64_t v)
{
	__asm__ __volatile__("wrmsr" ::"c"(msr), "a"((uint32_t)v),
			     "d"((uint32_t)(v >> 32)));
}

#define READ_CR(n)                                                             \
	({                                                                     \
		uint64_t v_;                                                   \
		__asm__ __volatile__("mov %%" #n ", %0" : "=r"(v_));           \
		v_;                                                            \
	})

static void sys_read(const struct ukarch_trapctx *ctx, uint64_t v[GDB_X86_NSYS])
{
	v[FS_BASE] = rdmsr(MSR_FS_BASE);
	v[GS_BASE] = rdmsr(MSR_GS_BASE);
	v[K_GS_BASE] = rdmsr(MSR_KERNEL_GS_BASE);
	v[CR0] = READ_CR(cr0);
	v[CR2] =
	    ctx->trapnr == TRAP_PAGE_FAULT ? ctx->fault_addr : READ_CR(cr2);
	v[CR3] = READ_CR(cr3);
	v[CR4] = READ_CR(cr4);
	v[CR8] = READ_CR(cr8);
	v[EFER] = rdmsr(MSR_EFER);
}

void gdb_x86_sys_read(const struct ukarch_trapctx *ctx, uint8_t *image)
{
	uint64_t v[GDB_X86_NSYS];

	sys_read(ctx, v);
	memcpy(image, v, sizeof(v));
}

int gdb_x86_sys_write(const struct ukarch_trapctx *ctx, const uint8_t *image)
{
	static const uint32_t base_msr[] = { MSR_FS_BASE, MSR_GS_BASE,
					     MSR_KERNEL_GS_BASE };
	uint64_t old[GDB_X86_NSYS], v[GDB_X86_NSYS];

	sys_read(ctx, old);
	memcpy(v, image, sizeof(v));
	for (unsigned int i = 0; i < GDB_X86_NSYS; i++)
		if (v[i] != old[i] && i > K_GS_BASE)
			return -1;
	/* A base that is not canonical would fault in wrmsr. */
	for (unsigned int i = FS_BASE; i <= K_GS_BASE; i++)
		if ((uint64_t)((int64_t)(v[i] << 16) >> 16) != v[i])
			return -1;
	for (unsigned int i = FS_BASE; i <= K_GS_BASE; i++)
		if (v[i] != old[i])
			wrmsr(base_msr[i], v[i]);
	return 0;
}
