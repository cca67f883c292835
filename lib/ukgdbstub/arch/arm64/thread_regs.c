/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 registers of a thread that is not running (with uksched). One
 * preempted by an interrupt left its whole interrupted frame: every
 * register is known and writable there. One that gave up the CPU itself
 * kept only what its switch saves (<uk/asm/ctx.h>): x19-x28, the frame
 * pointer x29, SP and the PC it resumes at; x0-x18 and x30 were dead
 * across that call and are unknown, as is CPSR. The FP/SIMD state is
 * switched eagerly, so the thread's saved copy is exact in both cases.
 * The system registers (sysregs.c) belong to the CPU, which another thread
 * runs on: unknown in both cases.
 */
#include <string.h>
#include <uk/sched.h>
#include "../gdbstub_arch.h"
#include "arm64_gdb.h"

/* Table numbers: x19-x29, sp 31, pc 32, v0 34 onwards. */
#define N_X19 19
#define N_X29 29
#define N_SP  31
#define N_PC  32
#define N_V0  34

static void fp_from(const struct ukarch_ctx *c, struct arm64_fpstate *fp)
{
	memcpy(fp->v, c->v, sizeof(fp->v));
	fp->fpsr = (uint32_t)c->fpsr;
	fp->fpcr = (uint32_t)c->fpcr;
}

static void fp_to(struct ukarch_ctx *c, const struct arm64_fpstate *fp)
{
	memcpy(c->v, fp->v, sizeof(fp->v));
	c->fpsr = fp->fpsr;
	c->fpcr = fp->fpcr;
}

static void known_set(uint8_t *known, unsigned int n)
{
	known[n / 8] |= (uint8_t)(1u << (n % 8));
}

int gdb_arch_thread_regs_read(const struct uk_thread *t, uint8_t *image,
			      size_t len, uint8_t *known)
{
	const struct ukarch_ctx *c = &t->ctx;
	struct arm64_fpstate fp;
	struct __regs r;
	unsigned int n = GDB_ARM64_NCORE;

	fp_from(c, &fp);
	if (t->irq_regs) {
		for (unsigned int i = 0; i < n; i++)
			known_set(known, i);
		return gdb_arm64_regs_to_image(t->irq_regs, &fp, image, len);
	}
	memset(&r, 0, sizeof(r));
	memcpy(&r.x[N_X19], c->x19_x28, sizeof(c->x19_x28));
	r.x[N_X29] = c->fp;
	r.sp = c->sp;
	r.elr = c->pc;
	for (unsigned int i = N_X19; i <= N_X29; i++)
		known_set(known, i);
	known_set(known, N_SP);
	known_set(known, N_PC);
	for (unsigned int i = N_V0; i < n; i++)
		known_set(known, i);
	return gdb_arm64_regs_to_image(&r, &fp, image, len);
}

int gdb_arch_thread_regs_write(struct uk_thread *t, const uint8_t *image,
			       size_t len)
{
	struct ukarch_ctx *c = &t->ctx;
	struct arm64_fpstate fp;
	struct __regs r;

	fp_from(c, &fp);
	if (t->irq_regs) {
		if (gdb_arm64_image_to_regs(t->irq_regs, &fp, image, len) < 0)
			return -1;
		fp_to(c, &fp);
		return 0;
	}
	memset(&r, 0, sizeof(r));
	if (gdb_arm64_image_to_regs(&r, &fp, image, len) < 0)
		return -1;
	memcpy(c->x19_x28, &r.x[N_X19], sizeof(c->x19_x28));
	c->fp = r.x[N_X29];
	c->sp = r.sp;
	c->pc = r.elr;
	fp_to(c, &fp);
	return 0;
}
