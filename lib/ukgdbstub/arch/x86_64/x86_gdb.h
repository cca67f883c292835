/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to the x86_64 glue of the GDB stub: the FXSAVE image taken on
 * entry (fpu.c), read and written by regs.c, which also converts the
 * registers of threads that are not running (thread_regs.c); the target
 * description; and the debug registers (debugreg.c), which stop.c asks
 * why the CPU stopped.
 */
#ifndef UKGDBSTUB_X86_GDB_H
#define UKGDBSTUB_X86_GDB_H

#include <uk/gdbstub.h>
#include <uk/asm/regs.h>
#include <uk/arch/traps.h>

/* The 512-byte FXSAVE64 layout (Intel SDM vol. 1, table 10-2). */
struct x86_fxsave {
	uint16_t fcw, fsw;
	uint8_t ftw; /* abridged: one bit per physical register, 1 = in use */
	uint8_t reserved1;
	uint16_t fop;
	uint64_t fip, fdp; /* 64-bit forms: no selectors */
	uint32_t mxcsr, mxcsr_mask;
	uint8_t st[8][16]; /* ST(0)..ST(7), 10 bytes used of each */
	uint8_t xmm[16][16];
	uint8_t reserved2[96];
} __packed __aligned(16);

/* The application's x87/SSE state of the stopped CPU. */
extern struct x86_fxsave gdb_x86_fx;

/* The frame @r and the FXSAVE image @fx to and from the register image in
 * 'g' order (regs.c); 0, or -1 when @len is not the image's size. */
int gdb_x86_regs_to_image(const struct __regs *r, const struct x86_fxsave *fx,
			  uint8_t *image, size_t len);
int gdb_x86_image_to_regs(struct __regs *r, struct x86_fxsave *fx,
			  const uint8_t *image, size_t len);

/* The general, segment, x87 and SSE registers, then the system registers
 * of sysregs.c ('g' carries them all, as from QEMU's stub), then gdb's
 * GNU/Linux feature (orig_rax). */
#define GDB_X86_NCORE  57
#define GDB_X86_NSYS   9
#define GDB_X86_NLINUX 1

/* The system registers of the CPU stopped in @ctx to and from their part
 * of the image (its end), in table order. write refuses
 * (-1, nothing changed) a change to a register that is not writable. */
void gdb_x86_sys_read(const struct ukarch_trapctx *ctx, uint8_t *image);
int gdb_x86_sys_write(const struct ukarch_trapctx *ctx, const uint8_t *image);

/* The target description (target_xml.c). */
extern const char gdb_x86_target_xml[];

/* Turn every breakpoint and watchpoint off (the stub runs) / on again. */
void gdb_x86_dr_park(void);
void gdb_x86_dr_arm(void);

/*
 * Read and clear DR6 after a debug trap; when one of our slots fired, set
 * @stop's kind (hwbreak, or a watchpoint with the address it was placed
 * at). A single step leaves @stop alone: a plain SIGTRAP.
 */
void gdb_x86_dr_decode(struct uk_gdbstub_stop *stop);

#endif /* UKGDBSTUB_X86_GDB_H */
