/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to the arm64 glue of the GDB stub: the FP/SIMD state taken on
 * entry (fpu.S), read and written by regs.c, which also converts the
 * registers of threads that are not running (thread_regs.c); the target
 * description; the debug registers (debugreg.c), which stop.c asks why
 * the CPU stopped and arms for the resume; the PSTATE bits in SPSR_EL1 the
 * glue changes.
 */
#ifndef UKGDBSTUB_ARM64_GDB_H
#define UKGDBSTUB_ARM64_GDB_H

#include <uk/gdbstub.h>
#include <uk/arch/traps.h>

#define SPSR_SS (1UL << 21) /* software step: active-not-pending */
#define SPSR_D	(1UL << 9)  /* debug exceptions masked */
#define SPSR_I	(1UL << 7)  /* IRQs masked */

/* fpu.S stores q0-q31, then FPSR and FPCR: offsets are fixed there. */
struct arm64_fpstate {
	uint8_t v[32][16];
	uint32_t fpsr, fpcr;
} __aligned(16);

/* The application's FP/SIMD state of the stopped CPU. */
extern struct arm64_fpstate gdb_arm64_fp;

/* The frame @r and the FP/SIMD state @fp to and from the register image
 * in 'g' order (regs.c); 0, or -1 when @len is not the image's size. */
int gdb_arm64_regs_to_image(const struct __regs *r,
			    const struct arm64_fpstate *fp, uint8_t *image,
			    size_t len);
int gdb_arm64_image_to_regs(struct __regs *r, struct arm64_fpstate *fp,
			    const uint8_t *image, size_t len);

/* The target description (target_xml.c). */
extern const char gdb_arm64_target_xml[];

/* Registers 'g' carries (x0-x30, sp, pc, cpsr), the FP/SIMD ones 'p'
 * reads, then the system registers of sysregs.c. */
#define GDB_ARM64_NCORE 68
#define GDB_ARM64_NSYS	20

/* The EL1 system registers of the CPU stopped in @ctx to and from their
 * part of the image (after the FP/SIMD registers), in table order. write
 * refuses (-1, nothing changed) a change to one that is not writable. */
void gdb_arm64_sys_read(const struct ukarch_trapctx *ctx, uint8_t *image);
int gdb_arm64_sys_write(const struct ukarch_trapctx *ctx, const uint8_t *image);

/* Turn every breakpoint and watchpoint off while the stub runs. */
void gdb_arm64_dbg_park(void);

/*
 * Program the placed breakpoints and watchpoints for the resume, and
 * MDSCR_EL1: monitor debug events at EL1 when any is placed or @step
 * (software step) is asked for.
 */
void gdb_arm64_dbg_arm(bool step);

/*
 * After a watchpoint exception (FAR in @ctx->fault_addr): set @stop's kind
 * (watch, rwatch, awatch) and the address gdb placed the watchpoint at.
 */
void gdb_arm64_dbg_decode(const struct ukarch_trapctx *ctx,
			  struct uk_gdbstub_stop *stop);

#endif /* UKGDBSTUB_ARM64_GDB_H */
