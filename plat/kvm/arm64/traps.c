/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Where every exception lands (from arch/arm64/vectors.S). Synchronous
 * exceptions are named from ESR_EL1.EC (aborts also by their fault status
 * code), described in a struct ukarch_trapctx and raised as their trap
 * event (docs/traps.md); SError and FIQ likewise. What nobody handles ends
 * on the crash screen, or on the short report below when the crash screen
 * is not built in. IRQs raise UKARCH_TRAP_IRQ first and go to the GIC
 * dispatcher unless a handler took them; device handlers find the
 * interrupted frame through ukplat_irq_regs(), and the irq exit hook runs
 * after them. The report allocates nothing and prints through the polled
 * console.
 */
#include <uk/asm/regs.h>
#include <uk/asm/cpu.h>
#include <uk/asm/traps.h>
#include <uk/plat/trap.h>
#include <uk/plat/irq.h>
#include <kvm/trap.h>
#include <kvm/irq.h>
#include "arm64.h"

/* Vector numbers: 4 * origin + kind (vectors.S). */
#define VEC_KIND(v)   ((v)&3)
#define VEC_KIND_SYNC 0
#define VEC_KIND_IRQ  1
#define VEC_KIND_FIQ  2

/* Abort fault status codes below this are MMU faults, the rest bus errors. */
#define FSC_EXTERNAL  0x10
#define FSC_ALIGNMENT 0x21

UK_EVENT(UKARCH_TRAP_SYSCALL);
UK_EVENT(UKARCH_TRAP_IRQ);
UK_EVENT(UKARCH_TRAP_FIQ);

struct trap_kind {
	const char *name;
	const struct uk_event *event;
	bool far_valid; /* FAR_EL1 holds the faulting address */
};

#define TRAP(n, ev, far)                                                       \
	{                                                                      \
		n, UK_EVENT_PTR(UKARCH_TRAP_##ev), far                         \
	}

/* By exception class; aborts are refined by abort_kind(). */
static const struct trap_kind sync_kinds[64] = {
	[ESR_EC_UNKNOWN] = TRAP("Undefined instruction", INVALID_OP, false),
	[ESR_EC_FP_ACCESS] = TRAP("FP/SIMD access trapped", MATH, false),
	[ESR_EC_ILLEGAL] = TRAP("Illegal execution state", SECURITY, false),
	[ESR_EC_SVC64] = TRAP("Supervisor call (SVC)", SYSCALL, false),
	[ESR_EC_IABT_LOW] = TRAP("Instruction abort", PAGE_FAULT, true),
	[ESR_EC_IABT_CUR] = TRAP("Instruction abort", PAGE_FAULT, true),
	[ESR_EC_PC_ALIGN] = TRAP("PC alignment fault", BUS_ERROR, true),
	[ESR_EC_DABT_LOW] = TRAP("Data abort", PAGE_FAULT, true),
	[ESR_EC_DABT_CUR] = TRAP("Data abort", PAGE_FAULT, true),
	[ESR_EC_SP_ALIGN] = TRAP("SP alignment fault", BUS_ERROR, false),
	[ESR_EC_FP_EXC64] = TRAP("Floating-point exception", MATH, false),
	[ESR_EC_BREAKPT_LOW] = TRAP("Hardware breakpoint", DEBUG, false),
	[ESR_EC_BREAKPT_CUR] = TRAP("Hardware breakpoint", DEBUG, false),
	[ESR_EC_SSTEP_LOW] = TRAP("Software step", DEBUG, false),
	[ESR_EC_SSTEP_CUR] = TRAP("Software step", DEBUG, false),
	[ESR_EC_WATCHPT_LOW] = TRAP("Watchpoint", DEBUG, true),
	[ESR_EC_WATCHPT_CUR] = TRAP("Watchpoint", DEBUG, true),
	[ESR_EC_BRK64] = TRAP("Breakpoint (BRK)", BREAKPOINT, false),
};

static const struct trap_kind dabt_external =
    TRAP("Data abort (external)", BUS_ERROR, true);
static const struct trap_kind dabt_alignment =
    TRAP("Alignment fault", BUS_ERROR, true);
static const struct trap_kind iabt_external =
    TRAP("Instruction abort (external)", BUS_ERROR, true);
static const struct trap_kind serror = TRAP("SError", BUS_ERROR, false);
static const struct trap_kind fiq = TRAP("FIQ", FIQ, false);

static bool is_abort(unsigned long ec)
{
	return ec == ESR_EC_DABT_CUR || ec == ESR_EC_DABT_LOW ||
	       ec == ESR_EC_IABT_CUR || ec == ESR_EC_IABT_LOW;
}

static bool is_data_abort(unsigned long ec)
{
	return ec == ESR_EC_DABT_CUR || ec == ESR_EC_DABT_LOW;
}

/*
 * Translation, permission, access-flag and address-size faults are page
 * faults; external aborts (QEMU raises them for some unbacked MMIO),
 * parity errors, alignment and TLB conflicts are bus errors.
 */
static const struct trap_kind *abort_kind(unsigned long esr)
{
	unsigned int fsc = ESR_ABT_FSC(esr);

	if (fsc < FSC_EXTERNAL)
		return &sync_kinds[ESR_EC(esr)];
	if (!is_data_abort(ESR_EC(esr)))
		return &iabt_external;
	return fsc == FSC_ALIGNMENT ? &dabt_alignment : &dabt_external;
}

static void print_regs(const struct __regs *r)
{
	for (int i = 0; i < 28; i += 4)
		kvm_trap_print(
		    "x%-2d %016lx  x%-2d %016lx  x%-2d %016lx  x%-2d %016lx\n",
		    i, r->x[i], i + 1, r->x[i + 1], i + 2, r->x[i + 2], i + 3,
		    r->x[i + 3]);
	kvm_trap_print("x28 %016lx  x29 %016lx  x30 %016lx  sp  %016lx\n",
		       r->x[28], r->x[29], r->x[30], r->sp);
	kvm_trap_print("pc  %016lx  spsr %08lx\n", r->elr, r->spsr);
}

/* ESR is 0 only where there is no syndrome: IRQ, FIQ, a captured state. */
void ukplat_trap_report(const struct ukarch_trapctx *ctx)
{
	const struct __regs *r = ctx->regs;
	unsigned long esr = ctx->error_code;

	if (!esr) {
		kvm_trap_print("Unhandled trap: %s at PC 0x%lx\n", ctx->name,
			       r->elr);
	} else {
		kvm_trap_print(
		    "Unhandled trap: %s (EC %#lx %s) at PC 0x%lx, ESR 0x%lx\n",
		    ctx->name, ctx->trapnr, arm64_esr_ec_name(ctx->trapnr),
		    r->elr, esr);
	}
	if (esr && is_abort(ctx->trapnr)) {
		unsigned int fsc = ESR_ABT_FSC(esr);

		kvm_trap_print("Fault: %s at 0x%lx: %s",
			       !is_data_abort(ctx->trapnr) ? "instruction fetch"
			       : (esr & ESR_DABT_WNR)	   ? "write"
							   : "read",
			       ctx->fault_addr, arm64_abort_fsc_name(fsc));
		if (fsc < FSC_EXTERNAL) /* the codes that carry a table level */
			kvm_trap_print(", level %u", fsc & 3);
		kvm_trap_print("\n");
	} else if (ctx->fault_addr) {
		kvm_trap_print("FAR: 0x%lx\n", ctx->fault_addr);
	}
	print_regs(r);
}

static void trap_sync(struct __regs *r)
{
	unsigned long ec = ESR_EC(r->esr);
	const struct trap_kind *kind =
	    is_abort(ec) ? abort_kind(r->esr) : &sync_kinds[ec];
	struct ukarch_trapctx ctx = {
		.regs = r,
		.trapnr = ec,
		.error_code = r->esr,
		.name = kind->name,
	};

	/*
	 * First the halt probes: their undefined instruction must not become
	 * an event, least of all while the crash path is halting the guest.
	 */
	if (arm64_shutdown_probe_failed(r))
		return;
	/*
	 * Classes the kernel never expects have no event:
	 * nobody can handle them.
	 */
	if (!kind->name) {
		ctx.name = "Unexpected exception";
		uk_crash_trap(&ctx);
	}
	/* External aborts may not know the address (FnV). */
	if (kind->far_valid && !(is_abort(ec) && (r->esr & ESR_ABT_FNV)))
		ctx.fault_addr = r->far;
	ukplat_trap_raise(kind->event, &ctx);
}

static struct __regs *irq_regs;

struct __regs *ukplat_irq_regs(void)
{
	return irq_regs;
}

/* ESR says nothing about an IRQ: trapnr and error_code stay 0. */
static void trap_irq(struct __regs *r)
{
	struct ukarch_trapctx ctx = { .regs = r, .name = "IRQ" };
	struct __regs *outer = irq_regs;

	/*
	 * Not ukplat_trap_raise():
	 * an IRQ nobody claims is the GIC's, not a crash.
	 */
	if (uk_raise_event_ptr(UK_EVENT_PTR(UKARCH_TRAP_IRQ), &ctx) ==
	    UK_EVENT_HANDLED)
		return;
	irq_regs = r;
	arm64_irq_handle();
	/* The exit hook may switch threads: code resumed there must not
	 * find this interrupt's frame in irq_regs. */
	irq_regs = outer;
	kvm_irq_exit(r);
}

/* SError has a syndrome, FIQ none. */
static void trap_async(struct __regs *r, const struct trap_kind *kind,
		       bool has_esr)
{
	struct ukarch_trapctx ctx = {
		.regs = r,
		.trapnr = has_esr ? ESR_EC(r->esr) : 0,
		.error_code = has_esr ? r->esr : 0,
		.name = kind->name,
	};

	ukplat_trap_raise(kind->event, &ctx);
}

/*
 * Every origin is decoded alike: the kernel runs at EL1h only, and what
 * comes from elsewhere still reads right by its syndrome (the lower-EL
 * classes) and the PSTATE in the frame.
 */
void arm64_trap(struct __regs *r, unsigned long vector)
{
	switch (VEC_KIND(vector)) {
	case VEC_KIND_SYNC:
		trap_sync(r);
		break;
	case VEC_KIND_IRQ:
		trap_irq(r);
		break;
	case VEC_KIND_FIQ:
		trap_async(r, &fiq, false);
		break;
	default:
		trap_async(r, &serror, true);
		break;
	}
}
