/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86_64 registers of a thread that is not running (with uksched). One
 * preempted by an interrupt left its whole interrupted frame: every
 * register is known and writable there. One that gave up the CPU itself
 * kept only what its switch saves (<uk/asm/ctx.h>): RBX, RBP, R12-R15,
 * RSP, RIP; the others were dead across that call and are unknown, as is
 * EFLAGS. The segment registers are the kernel's, the same in every
 * thread, and the x87/SSE state is switched eagerly, so the thread's saved
 * FXSAVE image is exact in both cases. The system registers (sysregs.c)
 * belong to the CPU, which another thread runs on: unknown in both cases.
 * orig_rax is the same -1 for every thread: known.
 */
#include <string.h>
#include <uk/sched.h>
#include "../gdbstub_arch.h"
#include "x86_gdb.h"

_Static_assert(sizeof(struct ukarch_fpctx) == sizeof(struct x86_fxsave),
	       "FXSAVE image");

/* Table numbers of what a saved context keeps. */
#define N_RBX	   1
#define N_RBP	   6
#define N_RSP	   7
#define N_R12	   12
#define N_RIP	   16
#define N_CS	   18 /* CS, SS, DS, ES, FS, GS: 18-23; x87/SSE from 24 */
#define N_ORIG_RAX (GDB_X86_NCORE + GDB_X86_NSYS)

static void known_set(uint8_t *known, unsigned int n)
{
	known[n / 8] |= (uint8_t)(1u << (n % 8));
}

/* A frame holding what @c keeps, the kernel's CS and SS. */
static void ctx_frame(const struct ukarch_ctx *c, struct __regs *r)
{
	uint16_t cs, ss;

	memset(r, 0, sizeof(*r));
	__asm__ __volatile__("mov %%cs, %0" : "=r"(cs));
	__asm__ __volatile__("mov %%ss, %0" : "=r"(ss));
	r->cs = cs;
	r->ss = ss;
	r->rbx = c->rbx;
	r->rbp = c->rbp;
	r->r12 = c->r12;
	r->r13 = c->r13;
	r->r14 = c->r14;
	r->r15 = c->r15;
	r->rsp = c->rsp;
	r->rip = c->rip;
}

int gdb_arch_thread_regs_read(const struct uk_thread *t, uint8_t *image,
			      size_t len, uint8_t *known)
{
	struct x86_fxsave fx;
	struct __regs r;
	unsigned int n = GDB_X86_NCORE;

	memcpy(&fx, &t->ctx.fpu, sizeof(fx));
	known_set(known, N_ORIG_RAX);
	if (t->irq_regs) {
		for (unsigned int i = 0; i < n; i++)
			known_set(known, i);
		return gdb_x86_regs_to_image(t->irq_regs, &fx, image, len);
	}
	ctx_frame(&t->ctx, &r);
	known_set(known, N_RBX);
	known_set(known, N_RBP);
	known_set(known, N_RSP);
	for (unsigned int i = N_R12; i <= N_RIP; i++)
		known_set(known, i);
	for (unsigned int i = N_CS; i < n; i++)
		known_set(known, i);
	return gdb_x86_regs_to_image(&r, &fx, image, len);
}

int gdb_arch_thread_regs_write(struct uk_thread *t, const uint8_t *image,
			       size_t len)
{
	struct ukarch_ctx *c = &t->ctx;
	struct x86_fxsave fx;
	struct __regs r;

	memcpy(&fx, &c->fpu, sizeof(fx));
	if (t->irq_regs) {
		if (gdb_x86_image_to_regs(t->irq_regs, &fx, image, len) < 0)
			return -1;
		memcpy(&c->fpu, &fx, sizeof(fx));
		return 0;
	}
	ctx_frame(c, &r);
	if (gdb_x86_image_to_regs(&r, &fx, image, len) < 0)
		return -1;
	c->rbx = r.rbx;
	c->rbp = r.rbp;
	c->r12 = r.r12;
	c->r13 = r.r13;
	c->r14 = r.r14;
	c->r15 = r.r15;
	c->rsp = r.rsp;
	c->rip = r.rip;
	memcpy(&c->fpu, &fx, sizeof(fx));
	return 0;
}
