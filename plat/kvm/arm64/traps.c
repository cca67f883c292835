/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Where every exception lands (from arch/arm64/vectors.S). IRQs taken in the
 * kernel go to the GIC dispatcher; synchronous exceptions go through
 * arm64_trap_sync(), the one place that decides what a trap means. Nothing
 * handles traps yet apart from the shutdown probes, so the rest print what
 * happened, one fact per line, and stop the guest with UKPLAT_STATUS_CRASH.
 * The report allocates nothing and prints through the polled console.
 */
#include <uk/asm/regs.h>
#include <uk/asm/cpu.h>
#include <uk/plat/console.h>
#include <uk/plat/shutdown.h>
#include <uk/arch/lcpu.h>
#include <stdio.h>
#include "arm64.h"

/* Vector numbers: 4 * origin + kind (vectors.S). */
#define VEC_KIND(v)     ((v) & 3)
#define VEC_ORIGIN(v)   ((v) >> 2)
#define VEC_KIND_SYNC   0
#define VEC_KIND_IRQ    1
#define VEC_EL1H        1

static const char *const kind_names[4] = {
	"Synchronous exception", "IRQ", "FIQ", "SError",
};
static const char *const origin_names[4] = {
	" (EL1 on SP_EL0)", "", " from EL0", " from EL0 (AArch32)",
};

static void __printf(1, 2) trap_print(const char *fmt, ...)
{
	char buf[192];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n > 0)
		ukplat_cons_write(buf, MIN((size_t)n, sizeof(buf) - 1));
}

static bool is_abort(unsigned int ec)
{
	return ec == ESR_EC_DABT_CUR || ec == ESR_EC_DABT_LOW ||
	       ec == ESR_EC_IABT_CUR || ec == ESR_EC_IABT_LOW;
}

static void print_regs(const struct __regs *r)
{
	for (int i = 0; i < 28; i += 4)
		trap_print("x%-2d %016lx  x%-2d %016lx  x%-2d %016lx  x%-2d %016lx\n",
			   i, r->x[i], i + 1, r->x[i + 1],
			   i + 2, r->x[i + 2], i + 3, r->x[i + 3]);
	trap_print("x28 %016lx  x29 %016lx  x30 %016lx  sp  %016lx\n",
		   r->x[28], r->x[29], r->x[30], r->sp);
	trap_print("pc  %016lx  spsr %08lx\n", r->elr, r->spsr);
}

static __noreturn void trap_unhandled(const struct __regs *r, unsigned long vector)
{
	static int nesting;
	unsigned int kind = VEC_KIND(vector);
	unsigned int ec = ESR_EC(r->esr);

	ukarch_irq_disable();
	if (nesting++) {
		trap_print("Unhandled trap while reporting one (vector %lu at PC %#lx, ESR %#lx): halting\n",
			   vector, r->elr, r->esr);
		ukplat_halt(UKPLAT_STATUS_CRASH);
	}
	if (kind == VEC_KIND_SYNC || kind == 3)
		trap_print("Unhandled trap: %s%s (EC %#x %s) at PC 0x%lx, ESR 0x%lx, FAR 0x%lx\n",
			   kind_names[kind], origin_names[VEC_ORIGIN(vector)],
			   ec, arm64_esr_ec_name(ec), r->elr, r->esr, r->far);
	else
		trap_print("Unhandled trap: %s%s at PC 0x%lx\n",
			   kind_names[kind], origin_names[VEC_ORIGIN(vector)], r->elr);
	if (kind == VEC_KIND_SYNC && is_abort(ec)) {
		unsigned int fsc = ESR_ABT_FSC(r->esr);
		bool data = ec == ESR_EC_DABT_CUR || ec == ESR_EC_DABT_LOW;

		trap_print("Fault: %s at 0x%lx: %s",
			   !data ? "instruction fetch" :
			   (r->esr & ESR_DABT_WNR) ? "write" : "read",
			   r->far, arm64_abort_fsc_name(fsc));
		if (fsc < 0x10)     /* the codes that carry a table level */
			trap_print(", level %u", fsc & 3);
		trap_print("\n");
	}
	print_regs(r);
	ukplat_halt(UKPLAT_STATUS_CRASH);
}

void arm64_trap_sync(struct __regs *r)
{
	if (arm64_shutdown_probe_failed(r))
		return;
	trap_unhandled(r, 4 * VEC_EL1H + VEC_KIND_SYNC);
}

void arm64_trap(struct __regs *r, unsigned long vector)
{
	if (VEC_ORIGIN(vector) == VEC_EL1H && VEC_KIND(vector) == VEC_KIND_IRQ)
		arm64_irq_handle();
	else if (VEC_ORIGIN(vector) == VEC_EL1H && VEC_KIND(vector) == VEC_KIND_SYNC)
		arm64_trap_sync(r);
	else
		trap_unhandled(r, vector);
}
