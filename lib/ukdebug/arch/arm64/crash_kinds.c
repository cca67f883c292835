/* SPDX-License-Identifier: BSD-3-Clause */
/* The arm64-only ways `crash <kind>` can stop the guest. */
#include <uk/assert.h>
#include <uk/arch/lcpu.h>
#include "../../crash_arch.h"

static void crash_undef(void)
{
	__asm__ __volatile__("udf #0");
}

static void crash_bp(void)
{
	__asm__ __volatile__("brk #0");
}

/*
 * SCTLR_EL1.SA makes a load or store through a misaligned SP fault. IRQs
 * are masked around it: one arriving between the two instructions would
 * take the fault in its vector entry instead of here. QEMU's emulation
 * (TCG) leaves the SP alignment check out, so there the load succeeds:
 * the guest still stops, and says why.
 */
static void crash_unaligned_sp(void)
{
	unsigned long flags = ukarch_irq_save();

	__asm__ __volatile__("sub sp, sp, #4\n\t"
			     "ldr x16, [sp]\n\t"
			     "add sp, sp, #4"
			     :
			     :
			     : "x16", "memory");
	ukarch_irq_restore(flags);
	UK_CRASH("no SP alignment fault: this CPU does not check SP alignment "
		 "(QEMU TCG omits the check)");
}

const struct crash_kind crash_arch_kinds[] = {
	{ "undef", "execute an undefined instruction", crash_undef },
	{ "bp", "execute a breakpoint instruction (BRK #0) with no debugger",
	  crash_bp },
	{ "unaligned-sp", "use a misaligned stack pointer (SP alignment fault)",
	  crash_unaligned_sp },
	{ NULL, NULL, NULL },
};
