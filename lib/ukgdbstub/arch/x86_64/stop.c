/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Why an x86_64 CPU stopped, and how it goes on. int3 is a trap: RIP is
 * already past it, so for a breakpoint the stub placed RIP moves back onto
 * it (the stub advertises swbreak: gdb must see the breakpoint address, and
 * the original instruction there is executed on resume); a compiled-in int3
 * (uk_gdbstub_break) is left behind. #DB is decoded from DR6: single step,
 * hardware breakpoint or watchpoint. Any other trap (a crash entry) gets
 * the signal a Unix kernel would send.
 *
 * A single step is RFLAGS.TF with IF cleared, so the step does not land in
 * an interrupt handler; the original IF comes back when the step ends.
 * (Stepping cli, sti, popf or iretq changes IF itself: what they set is
 * then overwritten with the remembered value.)
 */
#include <uk/asm/regs.h>
#include <uk/arch/lcpu.h>
#include "../gdbstub_arch.h"
#include "x86_gdb.h"

#define X86_EFLAGS_RF (1UL << 16)

/* Exception vectors this file tells apart. */
#define X86_TRAP_DE 0
#define X86_TRAP_DB 1
#define X86_TRAP_BP 3
#define X86_TRAP_UD 6
#define X86_TRAP_MF 16
#define X86_TRAP_AC 17
#define X86_TRAP_XM 19

static bool stepping;
static unsigned long step_if; /* IF before the step */

static int trap_signal(unsigned long vector)
{
	switch (vector) {
	case X86_TRAP_DB:
	case X86_TRAP_BP:
		return UK_GDBSTUB_SIGTRAP;
	case X86_TRAP_DE:
	case X86_TRAP_MF:
	case X86_TRAP_XM:
		return UK_GDBSTUB_SIGFPE;
	case X86_TRAP_UD:
		return UK_GDBSTUB_SIGILL;
	case X86_TRAP_AC:
		return UK_GDBSTUB_SIGBUS;
	default:
		return UK_GDBSTUB_SIGSEGV; /* #PF, #GP, #SS, #NP, ... */
	}
}

void gdb_arch_stop_reason(struct ukarch_trapctx *ctx,
			  struct uk_gdbstub_stop *stop,
			  bool (*is_stub_bp)(uintptr_t addr))
{
	struct __regs *r = ctx->regs;

	gdb_x86_dr_park();
	stop->signal = trap_signal(ctx->trapnr);
	stop->kind = UK_GDBSTUB_STOP_SIGNAL;
	stop->addr = 0;

	/* Whatever ended the step (#DB, or a trap the stepped instruction
	 * raised), the frame gets its own IF back and no TF. */
	if (stepping) {
		r->rflags =
		    (r->rflags & ~(X86_EFLAGS_TF | X86_EFLAGS_IF)) | step_if;
		stepping = false;
	}
	if (ctx->trapnr == X86_TRAP_BP && is_stub_bp(r->rip - 1)) {
		r->rip--;
		stop->kind = UK_GDBSTUB_STOP_SWBREAK;
	} else if (ctx->trapnr == X86_TRAP_DB) {
		gdb_x86_dr_decode(stop);
	}
}

bool gdb_arch_step_skips_break(struct ukarch_trapctx *ctx __unused,
			       bool is_stub_bp __unused)
{
	return false;
}

void gdb_arch_resume(struct ukarch_trapctx *ctx, bool step,
		     bool is_stub_bp __unused)
{
	struct __regs *r = ctx->regs;

	if (step) {
		step_if = r->rflags & X86_EFLAGS_IF;
		r->rflags = (r->rflags | X86_EFLAGS_TF) & ~X86_EFLAGS_IF;
		stepping = true;
	}
	/* RF: an instruction breakpoint at the resume address does not fire
	 * again before that instruction has executed. */
	r->rflags |= X86_EFLAGS_RF;
	gdb_x86_dr_arm();
}
