/* SPDX-License-Identifier: BSD-3-Clause */
/* The x86_64-only ways `crash <kind>` can stop the guest. */
#include "../../crash_arch.h"

static void crash_undef(void)
{
	__asm__ __volatile__("ud2");
}

static void crash_bp(void)
{
	__asm__ __volatile__("int3");
}

static void crash_div0(void)
{
	/* Through asm: the compiler may not fold or drop a division by zero. */
	__asm__ __volatile__(
	    "xorl %%ecx, %%ecx; movl $1, %%eax; cltd; idivl %%ecx"
	    :
	    :
	    : "eax", "ecx", "edx");
}

/* A vector past the exceptions and the interrupt lines: set up for none. */
static void crash_vector(void)
{
	__asm__ __volatile__("int $0x50");
}

const struct crash_kind crash_arch_kinds[] = {
	{ "undef", "execute an invalid instruction (ud2)", crash_undef },
	{ "bp", "execute a breakpoint (int3) with no debugger", crash_bp },
	{ "div0", "divide by zero (#DE)", crash_div0 },
	{ "vector", "raise interrupt vector 80, which has no handler",
	  crash_vector },
	{ NULL, NULL, NULL },
};
