/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 EL1 system registers for the GDB stub, after the 'g' registers in
 * the image (org.lantern.aarch64.sys), named as QEMU's stub names them.
 * The stub runs in the trap path, which changes ESR_EL1, FAR_EL1, ELR_EL1
 * and SPSR_EL1 (and any fault the stub takes since, probing memory through
 * nofault, changes them again): those four, DAIF and CurrentEL are the
 * interrupted context's, from the trap frame (DAIF and CurrentEL are
 * SPSR's fields). TPIDR_EL1 is the trap entry's scratch register
 * (vectors.S), so it shows the x0 of the last synchronous exception. The
 * rest are read live: the trap path leaves them alone. Writable: SP_EL0
 * and TPIDR_EL0, which the kernel does not use. The others are refused:
 * the translation and vector registers, SCTLR and CPACR kill the guest
 * with one wrong bit; the trap's four are what pc and cpsr already write;
 * TPIDR_EL1 is overwritten by the next trap; the timer is the kernel's;
 * the identification registers are read-only.
 */
#include <string.h>
#include "../gdbstub_arch.h"
#include "arm64_gdb.h"

enum {
	SCTLR,
	TCR,
	TTBR0,
	TTBR1,
	MAIR,
	VBAR,
	ESR,
	FAR,
	ELR,
	SPSR,
	SP_EL0,
	TPIDR0,
	TPIDR1,
	CNTV_CTL,
	CNTV_CVAL,
	DAIF,
	CURRENTEL,
	MIDR,
	MPIDR,
	CPACR,
};

_Static_assert(CPACR + 1 == GDB_ARM64_NSYS, "arm64_gdb.h GDB_ARM64_NSYS");

#define SPSR_DAIF      0x3c0UL
#define SPSR_CURRENTEL 0xcUL

#define MRS(r)                                                                 \
	({                                                                     \
		uint64_t v_;                                                   \
		__asm__ __volatile__("mrs %0, " #r : "=r"(v_));                \
		v_;                                                            \
	})

static void sys_read(const struct ukarch_trapctx *ctx,
		     uint64_t v[GDB_ARM64_NSYS])
{
	const struct __regs *r = ctx->regs;

	v[SCTLR] = MRS(sctlr_el1);
	v[TCR] = MRS(tcr_el1);
	v[TTBR0] = MRS(ttbr0_el1);
	v[TTBR1] = MRS(ttbr1_el1);
	v[MAIR] = MRS(mair_el1);
	v[VBAR] = MRS(vbar_el1);
	v[ESR] = r->esr;
	v[FAR] = r->far;
	v[ELR] = r->elr;
	v[SPSR] = r->spsr;
	v[SP_EL0] = MRS(sp_el0);
	v[TPIDR0] = MRS(tpidr_el0);
	v[TPIDR1] = MRS(tpidr_el1);
	v[CNTV_CTL] = MRS(cntv_ctl_el0);
	v[CNTV_CVAL] = MRS(cntv_cval_el0);
	v[DAIF] = r->spsr & SPSR_DAIF;
	v[CURRENTEL] = r->spsr & SPSR_CURRENTEL;
	v[MIDR] = MRS(midr_el1);
	v[MPIDR] = MRS(mpidr_el1);
	v[CPACR] = MRS(cpacr_el1);
}

void gdb_arm64_sys_read(const struct ukarch_trapctx *ctx, uint8_t *image)
{
	uint64_t v[GDB_ARM64_NSYS];

	sys_read(ctx, v);
	memcpy(image, v, sizeof(v));
}

int gdb_arm64_sys_write(const struct ukarch_trapctx *ctx, const uint8_t *image)
{
	static const uint32_t writable = 1u << SP_EL0 | 1u << TPIDR0;
	uint64_t old[GDB_ARM64_NSYS], v[GDB_ARM64_NSYS];

	sys_read(ctx, old);
	memcpy(v, image, sizeof(v));
	for (unsigned int i = 0; i < GDB_ARM64_NSYS; i++)
		if (v[i] != old[i] && !(writable & (1u << i)))
			return -1;
	if (v[SP_EL0] != old[SP_EL0])
		__asm__ __volatile__("msr sp_el0, %0" ::"r"(v[SP_EL0]));
	if (v[TPIDR0] != old[TPIDR0])
		__asm__ __volatile__("msr tpidr_el0, %0" ::"r"(v[TPIDR0]));
	return 0;
}
