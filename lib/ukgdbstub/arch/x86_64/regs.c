/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86_64 registers for the GDB stub: the table the protocol core sends in
 * 'g' order (the order of target_xml.c), and the conversion between that
 * image and the trap frame plus the FXSAVE image taken on entry. gdb's
 * amd64 architecture insists on the x87 registers in the core feature, so
 * they are here too, converted the way gdb's own fxsave code does: full
 * tag word from the abridged one, 64-bit FPU pointers split into
 * offset/segment halves. Segment registers other than CS and SS are read
 * live (a trap does not change them) and cannot be written. The
 * conversions take the frame and the FXSAVE image apart, so that a thread
 * that is not running (thread_regs.c) goes through them too; its system
 * registers (sysregs.c, last in the image) are the CPU's, not its own, and
 * stay unknown (zeros in the image). Last comes orig_rax, which gdb's
 * amd64 GNU/Linux ABI requires before it writes a core (gcore): always -1
 * (no system call to restart), and what is written to it is dropped (gdb
 * writes -1 there with every change of the PC).
 */
#include <string.h>
#include <stddef.h>
#include <uk/asm/regs.h>
#include "../gdbstub_arch.h"
#include "x86_gdb.h"

#define GPR(n, dw, role)                                                       \
	{                                                                      \
		n, 8, dw, UK_GDBSTUB_REG_UINT, role, false, false              \
	}
#define SEG(n, dw)                                                             \
	{                                                                      \
		n, 4, dw, UK_GDBSTUB_REG_UINT, UK_GDBSTUB_ROLE_NONE, false,    \
		    false                                                      \
	}
#define ST(n, dw)                                                              \
	{                                                                      \
		n, 10, dw, UK_GDBSTUB_REG_FLOAT, UK_GDBSTUB_ROLE_NONE, true,   \
		    false                                                      \
	}
#define FPC(n, dw)                                                             \
	{                                                                      \
		n, 4, dw, UK_GDBSTUB_REG_UINT, UK_GDBSTUB_ROLE_NONE, true,     \
		    false                                                      \
	}
#define SYS(n)                                                                 \
	{                                                                      \
		n, 8, -1, UK_GDBSTUB_REG_UINT, UK_GDBSTUB_ROLE_NONE, false,    \
		    true                                                       \
	}
#define XMM(n, dw)                                                             \
	{                                                                      \
		n, 16, dw, UK_GDBSTUB_REG_VECTOR, UK_GDBSTUB_ROLE_NONE, true,  \
		    false                                                      \
	}

/* DWARF numbers from the x86_64 psABI. */
static const struct uk_gdbstub_reg x86_regs[] = {
	GPR("rax", 0, 0),
	GPR("rbx", 3, 0),
	GPR("rcx", 2, 0),
	GPR("rdx", 1, 0),
	GPR("rsi", 4, 0),
	GPR("rdi", 5, 0),
	GPR("rbp", 6, UK_GDBSTUB_ROLE_FP),
	GPR("rsp", 7, UK_GDBSTUB_ROLE_SP),
	GPR("r8", 8, 0),
	GPR("r9", 9, 0),
	GPR("r10", 10, 0),
	GPR("r11", 11, 0),
	GPR("r12", 12, 0),
	GPR("r13", 13, 0),
	GPR("r14", 14, 0),
	GPR("r15", 15, 0),
	GPR("rip", 16, UK_GDBSTUB_ROLE_PC),
	{ "eflags", 4, 49, UK_GDBSTUB_REG_UINT, UK_GDBSTUB_ROLE_FLAGS, false,
	  false },
	SEG("cs", 51),
	SEG("ss", 52),
	SEG("ds", 53),
	SEG("es", 50),
	SEG("fs", 54),
	SEG("gs", 55),
	ST("st0", 33),
	ST("st1", 34),
	ST("st2", 35),
	ST("st3", 36),
	ST("st4", 37),
	ST("st5", 38),
	ST("st6", 39),
	ST("st7", 40),
	FPC("fctrl", 65),
	FPC("fstat", 66),
	FPC("ftag", -1),
	FPC("fiseg", -1),
	FPC("fioff", -1),
	FPC("foseg", -1),
	FPC("fooff", -1),
	FPC("fop", -1),
	XMM("xmm0", 17),
	XMM("xmm1", 18),
	XMM("xmm2", 19),
	XMM("xmm3", 20),
	XMM("xmm4", 21),
	XMM("xmm5", 22),
	XMM("xmm6", 23),
	XMM("xmm7", 24),
	XMM("xmm8", 25),
	XMM("xmm9", 26),
	XMM("xmm10", 27),
	XMM("xmm11", 28),
	XMM("xmm12", 29),
	XMM("xmm13", 30),
	XMM("xmm14", 31),
	XMM("xmm15", 32),
	FPC("mxcsr", 64),
	SYS("fs_base"),
	SYS("gs_base"),
	SYS("k_gs_base"),
	SYS("cr0"),
	SYS("cr2"),
	SYS("cr3"),
	SYS("cr4"),
	SYS("cr8"),
	SYS("efer"),
	GPR("orig_rax", -1, 0),
};

_Static_assert(ARRAY_SIZE(x86_regs) ==
		   GDB_X86_NCORE + GDB_X86_NSYS + GDB_X86_NLINUX,
	       "x86_gdb.h register counts");

static const uint8_t x86_int3[] = { 0xcc };

const struct uk_gdbstub_arch gdb_arch = {
	.regs = x86_regs,
	.nregs = ARRAY_SIZE(x86_regs),
	.target_xml = gdb_x86_target_xml,
	.triple = "x86_64-unknown-none-elf",
	.bp_insn = x86_int3,
	.bp_len = sizeof(x86_int3),
};

/* 16 general registers and RIP, in table order. */
static const uint8_t gpr_off[17] = {
	offsetof(struct __regs, rax), offsetof(struct __regs, rbx),
	offsetof(struct __regs, rcx), offsetof(struct __regs, rdx),
	offsetof(struct __regs, rsi), offsetof(struct __regs, rdi),
	offsetof(struct __regs, rbp), offsetof(struct __regs, rsp),
	offsetof(struct __regs, r8),  offsetof(struct __regs, r9),
	offsetof(struct __regs, r10), offsetof(struct __regs, r11),
	offsetof(struct __regs, r12), offsetof(struct __regs, r13),
	offsetof(struct __regs, r14), offsetof(struct __regs, r15),
	offsetof(struct __regs, rip),
};

/* Flags a debugger may change: arithmetic, TF, IF, DF, OF, AC, RF. */
#define EFLAGS_WRITABLE 0x50fd5UL

#define CORE_LEN  (17 * 8 + 7 * 4 + 8 * 10 + 8 * 4 + 16 * 16 + 4)
#define SYS_LEN	  (GDB_X86_NSYS * 8)
#define IMAGE_LEN (CORE_LEN + SYS_LEN + 8)

/* Full x87 tag of physical register @phys (0 valid, 1 zero, 2 special,
 * 3 empty), from the abridged tag and the register's contents. */
static unsigned int ftag_of(const struct x86_fxsave *fx, unsigned int phys)
{
	unsigned int top = (fx->fsw >> 11) & 7;
	const uint8_t *r = fx->st[(phys - top) & 7];
	uint16_t exp;
	uint64_t mant;

	if (!(fx->ftw & (1u << phys)))
		return 3;
	memcpy(&mant, r, 8);
	memcpy(&exp, r + 8, 2);
	exp &= 0x7fff;
	if (exp == 0x7fff)
		return 2;
	if (exp == 0)
		return mant ? 2 : 1;
	return (mant >> 63) ? 0 : 2;
}

static uint8_t *put32(uint8_t *p, uint32_t v)
{
	memcpy(p, &v, 4);
	return p + 4;
}

static const uint8_t *get32(const uint8_t *p, uint32_t *v)
{
	memcpy(v, p, 4);
	return p + 4;
}

static uint32_t seg_read(unsigned int which)
{
	uint16_t v = 0;

	switch (which) {
	case 0:
		__asm__ __volatile__("mov %%ds, %0" : "=r"(v));
		break;
	case 1:
		__asm__ __volatile__("mov %%es, %0" : "=r"(v));
		break;
	case 2:
		__asm__ __volatile__("mov %%fs, %0" : "=r"(v));
		break;
	case 3:
		__asm__ __volatile__("mov %%gs, %0" : "=r"(v));
		break;
	}
	return v;
}

int gdb_x86_regs_to_image(const struct __regs *r, const struct x86_fxsave *fx,
			  uint8_t *image, size_t len)
{
	uint8_t *p = image;
	uint32_t ftag = 0;

	if (len != IMAGE_LEN)
		return -1;
	for (unsigned int i = 0; i < ARRAY_SIZE(gpr_off); i++, p += 8)
		memcpy(p, (const char *)r + gpr_off[i], 8);
	p = put32(p, (uint32_t)r->rflags);
	p = put32(p, (uint32_t)r->cs);
	p = put32(p, (uint32_t)r->ss);
	for (unsigned int i = 0; i < 4; i++)
		p = put32(p, seg_read(i));
	for (unsigned int i = 0; i < 8; i++, p += 10)
		memcpy(p, fx->st[i], 10);
	for (unsigned int i = 0; i < 8; i++)
		ftag |= ftag_of(fx, i) << (2 * i);
	p = put32(p, fx->fcw);
	p = put32(p, fx->fsw);
	p = put32(p, ftag);
	p = put32(p, (uint32_t)(fx->fip >> 32));
	p = put32(p, (uint32_t)fx->fip);
	p = put32(p, (uint32_t)(fx->fdp >> 32));
	p = put32(p, (uint32_t)fx->fdp);
	p = put32(p, fx->fop & 0x7ff);
	memcpy(p, fx->xmm, sizeof(fx->xmm));
	p += sizeof(fx->xmm);
	put32(p, fx->mxcsr);
	memset(image + CORE_LEN, 0, SYS_LEN);
	/* orig_rax: no system call is ever being restarted. */
	memset(image + CORE_LEN + SYS_LEN, 0xff, 8);
	return 0;
}

int gdb_x86_image_to_regs(struct __regs *r, struct x86_fxsave *fx,
			  const uint8_t *image, size_t len)
{
	const uint8_t *p = image;
	uint32_t v, hi, lo, mask;

	if (len != IMAGE_LEN)
		return -1;
	for (unsigned int i = 0; i < ARRAY_SIZE(gpr_off); i++, p += 8)
		memcpy((char *)r + gpr_off[i], p, 8);
	p = get32(p, &v);
	r->rflags = (r->rflags & ~EFLAGS_WRITABLE) | (v & EFLAGS_WRITABLE);
	p += 6 * 4; /* segment registers: not writable */
	for (unsigned int i = 0; i < 8; i++, p += 10)
		memcpy(fx->st[i], p, 10);
	p = get32(p, &v);
	fx->fcw = (uint16_t)v;
	p = get32(p, &v);
	fx->fsw = (uint16_t)v;
	p = get32(p, &v);
	fx->ftw = 0;
	for (unsigned int i = 0; i < 8; i++)
		if (((v >> (2 * i)) & 3) != 3)
			fx->ftw |= (uint8_t)(1u << i);
	p = get32(p, &hi);
	p = get32(p, &lo);
	fx->fip = (uint64_t)hi << 32 | lo;
	p = get32(p, &hi);
	p = get32(p, &lo);
	fx->fdp = (uint64_t)hi << 32 | lo;
	p = get32(p, &v);
	fx->fop = v & 0x7ff;
	memcpy(fx->xmm, p, sizeof(fx->xmm));
	p += sizeof(fx->xmm);
	get32(p, &v);
	/* FXRSTOR faults on reserved MXCSR bits; a zero mask means the
	 * default one. */
	mask = fx->mxcsr_mask ? fx->mxcsr_mask : 0xffbf;
	fx->mxcsr = v & mask;
	return 0;
}

int gdb_arch_regs_read(const struct ukarch_trapctx *ctx, uint8_t *image,
		       size_t len)
{
	if (gdb_x86_regs_to_image(ctx->regs, &gdb_x86_fx, image, len) < 0)
		return -1;
	gdb_x86_sys_read(ctx, image + CORE_LEN);
	return 0;
}

int gdb_arch_regs_write(struct ukarch_trapctx *ctx, const uint8_t *image,
			size_t len)
{
	if (len != IMAGE_LEN || gdb_x86_sys_write(ctx, image + CORE_LEN) < 0)
		return -1;
	return gdb_x86_image_to_regs(ctx->regs, &gdb_x86_fx, image, len);
}
