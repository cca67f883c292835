/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Where every x86_64 trap and interrupt lands (from trap_entry.S). PIC
 * interrupts go to their driver, which can find the interrupted frame
 * through ukplat_irq_regs(), the local APIC timer's to timer.c; then the
 * irq exit hook runs. Each CPU exception is named, described in
 * a struct ukarch_trapctx and raised as its trap event (docs/traps.md);
 * what nobody handles ends on the crash screen, or on the short report
 * below when the crash screen is not built in. An interrupt vector that
 * nothing is set up for is reported with the controllers' state first.
 */
#include <uk/asm/regs.h>
#include <uk/asm/cpu.h>
#include <uk/asm/traps.h>
#include <uk/plat/trap.h>
#include <uk/plat/irq.h>
#include <uk/plat/irqinfo.h>
#include <uk/print.h>
#include <uk/trace.h>
#include <kvm/trap.h>
#include <kvm/irq.h>
#include "memlayout.h"
#include "lapic.h"
#include "x86_64.h"

#define X86_TRAP_DF 8
#define X86_TRAP_PF 14

UK_EVENT(UKARCH_TRAP_NMI);
UK_EVENT(UKARCH_TRAP_OVERFLOW);
UK_EVENT(UKARCH_TRAP_FPU);
UK_EVENT(UKARCH_TRAP_DOUBLE_FAULT);
UK_EVENT(UKARCH_TRAP_MACHINE_CHECK);

static const struct {
	const char *name;
	const struct uk_event *event;
} traps[32] = {
	[0] = { "Divide error", UK_EVENT_PTR(UKARCH_TRAP_MATH) },
	[1] = { "Debug", UK_EVENT_PTR(UKARCH_TRAP_DEBUG) },
	[2] = { "NMI", UK_EVENT_PTR(UKARCH_TRAP_NMI) },
	[3] = { "Breakpoint", UK_EVENT_PTR(UKARCH_TRAP_BREAKPOINT) },
	[4] = { "Overflow", UK_EVENT_PTR(UKARCH_TRAP_OVERFLOW) },
	[5] = { "BOUND range exceeded", UK_EVENT_PTR(UKARCH_TRAP_OVERFLOW) },
	[6] = { "Invalid opcode", UK_EVENT_PTR(UKARCH_TRAP_INVALID_OP) },
	[7] = { "Device not available", UK_EVENT_PTR(UKARCH_TRAP_FPU) },
	[8] = { "Double fault", UK_EVENT_PTR(UKARCH_TRAP_DOUBLE_FAULT) },
	[10] = { "Invalid TSS", UK_EVENT_PTR(UKARCH_TRAP_SECURITY) },
	[11] = { "Segment not present", UK_EVENT_PTR(UKARCH_TRAP_BUS_ERROR) },
	[12] = { "Stack-segment fault", UK_EVENT_PTR(UKARCH_TRAP_BUS_ERROR) },
	[13] = { "General protection fault",
		 UK_EVENT_PTR(UKARCH_TRAP_SECURITY) },
	[14] = { "Page fault", UK_EVENT_PTR(UKARCH_TRAP_PAGE_FAULT) },
	[16] = { "x87 floating-point error", UK_EVENT_PTR(UKARCH_TRAP_MATH) },
	[17] = { "Alignment check", UK_EVENT_PTR(UKARCH_TRAP_BUS_ERROR) },
	[18] = { "Machine check", UK_EVENT_PTR(UKARCH_TRAP_MACHINE_CHECK) },
	[19] = { "SIMD floating-point error", UK_EVENT_PTR(UKARCH_TRAP_MATH) },
};

static struct __regs *irq_regs;

static void crit_line(void *arg __unused, const char *line)
{
	uk_pr_crit("  %s\n", line);
}

struct __regs *ukplat_irq_regs(void)
{
	return irq_regs;
}

void ukplat_trap_report(const struct ukarch_trapctx *ctx)
{
	const struct __regs *r = ctx->regs;

	kvm_trap_print(
	    "Unhandled trap: %s (vector %lu) at RIP %016lx, error code %#lx\n",
	    ctx->name, ctx->trapnr, r->rip, ctx->error_code);
	if (ctx->trapnr == X86_TRAP_PF)
		kvm_trap_print("CR2: %016lx\n", ctx->fault_addr);
	kvm_trap_print("RAX: %016lx RBX: %016lx RCX: %016lx\n", r->rax, r->rbx,
		       r->rcx);
	kvm_trap_print("RDX: %016lx RSI: %016lx RDI: %016lx\n", r->rdx, r->rsi,
		       r->rdi);
	kvm_trap_print("RBP: %016lx RSP: %016lx R8:  %016lx\n", r->rbp, r->rsp,
		       r->r8);
	kvm_trap_print("R9:  %016lx R10: %016lx R11: %016lx\n", r->r9, r->r10,
		       r->r11);
	kvm_trap_print("R12: %016lx R13: %016lx R14: %016lx\n", r->r12, r->r13,
		       r->r14);
	kvm_trap_print("R15: %016lx RFLAGS: %016lx CS: %04lx SS: %04lx\n",
		       r->r15, r->rflags, r->cs, r->ss);
}

/*
 * Device lines and the timer. The exit hook may switch threads: irq_regs
 * is put back first, so that code resumed by the switch does not find
 * this interrupt's frame there.
 */
UK_TRACEPOINT(plat_irq, "line=%u", unsigned int);

static void x86_irq(struct __regs *r)
{
	struct __regs *outer = irq_regs;
	bool ended = true;

	/* Lines are numbered as the irq view numbers them. */
	plat_irq(r->vector == LAPIC_TIMER_VEC
		     ? LAPIC_TIMER_VEC
		     : (unsigned int)(r->vector - KVM_IRQ_VECTOR_BASE));
	irq_regs = r;
	if (r->vector == LAPIC_TIMER_VEC)
		x86_timer_irq();
	else
		ended = x86_pic_dispatch(r->vector - KVM_IRQ_VECTOR_BASE);
	irq_regs = outer;
	if (ended)
		kvm_irq_exit(r);
}

void x86_trap(struct __regs *r)
{
	struct ukarch_trapctx ctx = {
		.regs = r,
		.trapnr = r->vector,
		.error_code = r->error_code,
		.name = "Unknown vector",
	};
	if ((r->vector >= KVM_IRQ_VECTOR_BASE &&
	     r->vector < KVM_IRQ_VECTOR_BASE + 16) ||
	    r->vector == LAPIC_TIMER_VEC) {
		x86_irq(r);
		return;
	}
	/* Withdrawn before it was taken: not in service, no EOI. */
	if (r->vector == LAPIC_SPURIOUS_VEC)
		return;
	/*
	 * Reserved and unexpected vectors have no event:
	 * nobody can handle them.
	 */
	if (r->vector >= ARRAY_SIZE(traps)) {
		uk_pr_crit("Interrupt vector %lu has no handler; "
			   "the interrupt controllers:\n",
			   r->vector);
		ukplat_irq_controller(crit_line, NULL);
		uk_crash_trap(&ctx);
	}
	if (!traps[r->vector].name)
		uk_crash_trap(&ctx);
	ctx.name = traps[r->vector].name;
	/* A double fault's CR2 is the page fault's it came from, if any. */
	if (r->vector == X86_TRAP_PF || r->vector == X86_TRAP_DF)
		ctx.fault_addr = x86_read_cr2();
	ukplat_trap_raise(traps[r->vector].event, &ctx);
}
