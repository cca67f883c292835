/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 registers for the GDB stub: the table the protocol core sends in
 * 'g' order (the order of target_xml.c: gdb's aarch64 core and fpu
 * features), and the conversion between that image and the trap frame plus
 * the FP/SIMD state saved on entry. cpsr is 4 bytes in gdb's layout; only
 * its condition flags and the A, I, F masks can be written (the mode and
 * the debug bits belong to the kernel and to the stub's stepping). The
 * conversions take the frame and the FP/SIMD state apart, so that a
 * thread that is not running (thread_regs.c) goes through them too; its
 * system registers (sysregs.c, after the FP/SIMD ones) are the CPU's, not
 * its own, and stay unknown (zeros in the image).
 */
#include <string.h>
#include <uk/asm/regs.h>
#include "../gdbstub_arch.h"
#include "arm64_gdb.h"

_Static_assert(offsetof(struct arm64_fpstate, fpsr) == 512, "fpu.S FP_FPSR");

struct arm64_fpstate gdb_arm64_fp;

#define X(n, role)                                                             \
	{                                                                      \
		"x" #n, 8, n, UK_GDBSTUB_REG_UINT, role, false, false          \
	}
#define V(n)                                                                   \
	{                                                                      \
		"v" #n, 16, 64 + n, UK_GDBSTUB_REG_VECTOR,                     \
		    UK_GDBSTUB_ROLE_NONE, true, false                          \
	}
#define SYS(n)                                                                 \
	{                                                                      \
		n, 8, -1, UK_GDBSTUB_REG_UINT, UK_GDBSTUB_ROLE_NONE, false,    \
		    true                                                       \
	}
#define FPC(n)                                                                 \
	{                                                                      \
		n, 4, -1, UK_GDBSTUB_REG_UINT, UK_GDBSTUB_ROLE_NONE, true,     \
		    false                                                      \
	}

/*
 * DWARF numbers from the AArch64 DWARF ABI:
 * x0-x30 0-30, sp 31, pc 32, v 64+.
 */
static const struct uk_gdbstub_reg arm64_regs[] = {
	X(0, 0),
	X(1, 0),
	X(2, 0),
	X(3, 0),
	X(4, 0),
	X(5, 0),
	X(6, 0),
	X(7, 0),
	X(8, 0),
	X(9, 0),
	X(10, 0),
	X(11, 0),
	X(12, 0),
	X(13, 0),
	X(14, 0),
	X(15, 0),
	X(16, 0),
	X(17, 0),
	X(18, 0),
	X(19, 0),
	X(20, 0),
	X(21, 0),
	X(22, 0),
	X(23, 0),
	X(24, 0),
	X(25, 0),
	X(26, 0),
	X(27, 0),
	X(28, 0),
	X(29, UK_GDBSTUB_ROLE_FP),
	X(30, UK_GDBSTUB_ROLE_RA),
	{ "sp", 8, 31, UK_GDBSTUB_REG_UINT, UK_GDBSTUB_ROLE_SP, false, false },
	{ "pc", 8, 32, UK_GDBSTUB_REG_UINT, UK_GDBSTUB_ROLE_PC, false, false },
	{ "cpsr", 4, -1, UK_GDBSTUB_REG_UINT, UK_GDBSTUB_ROLE_FLAGS, false,
	  false },
	V(0),
	V(1),
	V(2),
	V(3),
	V(4),
	V(5),
	V(6),
	V(7),
	V(8),
	V(9),
	V(10),
	V(11),
	V(12),
	V(13),
	V(14),
	V(15),
	V(16),
	V(17),
	V(18),
	V(19),
	V(20),
	V(21),
	V(22),
	V(23),
	V(24),
	V(25),
	V(26),
	V(27),
	V(28),
	V(29),
	V(30),
	V(31),
	FPC("fpsr"),
	FPC("fpcr"),
	SYS("SCTLR_EL1"),
	SYS("TCR_EL1"),
	SYS("TTBR0_EL1"),
	SYS("TTBR1_EL1"),
	SYS("MAIR_EL1"),
	SYS("VBAR_EL1"),
	SYS("ESR_EL1"),
	SYS("FAR_EL1"),
	SYS("ELR_EL1"),
	SYS("SPSR_EL1"),
	SYS("SP_EL0"),
	SYS("TPIDR_EL0"),
	SYS("TPIDR_EL1"),
	SYS("CNTV_CTL_EL0"),
	SYS("CNTV_CVAL_EL0"),
	SYS("DAIF"),
	SYS("CurrentEL"),
	SYS("MIDR_EL1"),
	SYS("MPIDR_EL1"),
	SYS("CPACR_EL1"),
};

_Static_assert(ARRAY_SIZE(arm64_regs) == GDB_ARM64_NCORE + GDB_ARM64_NSYS,
	       "arm64_gdb.h register counts");

/* BRK #0, the instruction uk_gdbstub_break() compiles to as well. */
static const uint8_t arm64_brk0[] = { 0x00, 0x00, 0x20, 0xd4 };

const struct uk_gdbstub_arch gdb_arch = {
	.regs = arm64_regs,
	.nregs = ARRAY_SIZE(arm64_regs),
	/* x0-x30, sp, pc, cpsr: the core feature, as QEMU's stub has it. */
	.g_nregs = 34,
	.target_xml = gdb_arm64_target_xml,
	.triple = "aarch64-unknown-none-elf",
	.bp_insn = arm64_brk0,
	.bp_len = sizeof(arm64_brk0),
};

/* NZCV, A, I, F. */
#define CPSR_WRITABLE 0xf00001c0UL

#define CORE_LEN  (31 * 8 + 8 + 8 + 4 + 32 * 16 + 4 + 4)
#define IMAGE_LEN (CORE_LEN + GDB_ARM64_NSYS * 8)

int gdb_arm64_regs_to_image(const struct __regs *r,
			    const struct arm64_fpstate *fp, uint8_t *image,
			    size_t len)
{
	uint32_t cpsr = (uint32_t)r->spsr;
	uint8_t *p = image;

	if (len != IMAGE_LEN)
		return -1;
	memcpy(p, r->x, sizeof(r->x));
	p += sizeof(r->x);
	memcpy(p, &r->sp, 8);
	memcpy(p + 8, &r->elr, 8);
	memcpy(p + 16, &cpsr, 4);
	p += 20;
	memcpy(p, fp->v, sizeof(fp->v));
	p += sizeof(fp->v);
	memcpy(p, &fp->fpsr, 4);
	memcpy(p + 4, &fp->fpcr, 4);
	memset(image + CORE_LEN, 0, IMAGE_LEN - CORE_LEN);
	return 0;
}

int gdb_arm64_image_to_regs(struct __regs *r, struct arm64_fpstate *fp,
			    const uint8_t *image, size_t len)
{
	const uint8_t *p = image;
	uint32_t cpsr;

	if (len != IMAGE_LEN)
		return -1;
	memcpy(r->x, p, sizeof(r->x));
	p += sizeof(r->x);
	memcpy(&r->sp, p, 8);
	memcpy(&r->elr, p + 8, 8);
	memcpy(&cpsr, p + 16, 4);
	r->spsr = (r->spsr & ~CPSR_WRITABLE) | (cpsr & CPSR_WRITABLE);
	p += 20;
	memcpy(fp->v, p, sizeof(fp->v));
	p += sizeof(fp->v);
	memcpy(&fp->fpsr, p, 4);
	memcpy(&fp->fpcr, p + 4, 4);
	return 0;
}

int gdb_arch_regs_read(const struct ukarch_trapctx *ctx, uint8_t *image,
		       size_t len)
{
	if (gdb_arm64_regs_to_image(ctx->regs, &gdb_arm64_fp, image, len) < 0)
		return -1;
	gdb_arm64_sys_read(ctx, image + CORE_LEN);
	return 0;
}

int gdb_arch_regs_write(struct ukarch_trapctx *ctx, const uint8_t *image,
			size_t len)
{
	if (len != IMAGE_LEN || gdb_arm64_sys_write(ctx, image + CORE_LEN) < 0)
		return -1;
	return gdb_arm64_image_to_regs(ctx->regs, &gdb_arm64_fp, image, len);
}
