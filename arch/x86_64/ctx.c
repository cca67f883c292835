/* SPDX-License-Identifier: BSD-3-Clause */
/* A new thread's context (see <uk/arch/ctx.h>). */
#include <string.h>
#include <uk/arch/ctx.h>

#define FCW_DEFAULT   0x037f /* all x87 exceptions masked, 64-bit precision */
#define MXCSR_DEFAULT 0x1f80 /* all SSE exceptions masked, round to nearest */

void ukarch_ctx_trampoline(void);

void ukarch_ctx_init(struct ukarch_ctx *c, unsigned long stack_top,
		     unsigned long stack_guard, void (*entry)(void *),
		     void *arg)
{
	memset(c, 0, sizeof(*c));
	c->rsp = ALIGN_DOWN(stack_top, 16);
	c->rip = (unsigned long)ukarch_ctx_trampoline;
	c->rbx = (unsigned long)entry;
	c->r12 = (unsigned long)arg;
	c->stack_guard = stack_guard;
	c->fpu.fcw = FCW_DEFAULT;
	c->fpu.mxcsr = MXCSR_DEFAULT;
	c->fpu.mxcsr_mask = 0xffff;
}
