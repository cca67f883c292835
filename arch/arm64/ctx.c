/* SPDX-License-Identifier: BSD-3-Clause */
/* A new thread's context (see <uk/arch/ctx.h>). */
#include <string.h>
#include <uk/arch/ctx.h>

void ukarch_ctx_trampoline(void);

void ukarch_ctx_init(struct ukarch_ctx *c, unsigned long stack_top,
		     unsigned long stack_guard, void (*entry)(void *),
		     void *arg)
{
	memset(c, 0, sizeof(*c));
	c->sp = ALIGN_DOWN(stack_top, 16);
	c->pc = (unsigned long)ukarch_ctx_trampoline;
	c->x19_x28[0] = (unsigned long)entry;
	c->x19_x28[1] = (unsigned long)arg;
	c->stack_guard = stack_guard;
}
