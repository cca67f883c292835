/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Why an arm64 CPU stopped, and how it goes on. BRK is taken before it
 * executes and ELR points at it, so a breakpoint the stub placed needs no
 * adjustment (swbreak, at its address), and a compiled-in BRK
 * (uk_gdbstub_break, __builtin_trap) must be stepped over on resume or it
 * would trap again at once. Software step, hardware breakpoints and
 * watchpoints come as their own exception classes; any other trap (a
 * crash entry) gets the signal a Unix kernel would send.
 *
 * A single step is MDSCR_EL1.SS plus SPSR.SS, with SPSR.I set so that the
 * step does not land in an interrupt handler; the original I bit comes
 * back when the step ends, unless the stepped instruction wrote DAIF
 * itself. A step from a compiled-in BRK skips the BRK and executes the
 * instruction after it.
 */
#include <uk/asm/cpu.h>
#include <uk/asm/regs.h>
#include <uk/nofault.h>
#include "../gdbstub_arch.h"
#include "arm64_gdb.h"

#define FSC_EXTERNAL 0x10 /* abort status codes from here on: bus errors */

static bool stepping;
static unsigned long step_i; /* SPSR.I before the step */
static bool step_wrote_daif;
static bool brk_stop;	 /* stopped at a BRK that is not the stub's ... */
static uintptr_t brk_pc; /* ... here */

static int trap_signal(const struct ukarch_trapctx *ctx)
{
	if (!ctx->error_code) /* no syndrome: an interrupt, a captured frame */
		return UK_GDBSTUB_SIGTRAP;
	switch (ctx->trapnr) {
	case ESR_EC_BRK64:
	case ESR_EC_BREAKPT_CUR:
	case ESR_EC_BREAKPT_LOW:
	case ESR_EC_SSTEP_CUR:
	case ESR_EC_SSTEP_LOW:
	case ESR_EC_WATCHPT_CUR:
	case ESR_EC_WATCHPT_LOW:
		return UK_GDBSTUB_SIGTRAP;
	case ESR_EC_UNKNOWN:
	case ESR_EC_ILLEGAL:
		return UK_GDBSTUB_SIGILL;
	case ESR_EC_FP_EXC64:
		return UK_GDBSTUB_SIGFPE;
	case ESR_EC_DABT_CUR:
	case ESR_EC_DABT_LOW:
	case ESR_EC_IABT_CUR:
	case ESR_EC_IABT_LOW:
		return ESR_ABT_FSC(ctx->error_code) < FSC_EXTERNAL
			   ? UK_GDBSTUB_SIGSEGV
			   : UK_GDBSTUB_SIGBUS;
	case ESR_EC_PC_ALIGN:
	case ESR_EC_SP_ALIGN:
	case ESR_EC_SERROR:
		return UK_GDBSTUB_SIGBUS;
	default:
		return UK_GDBSTUB_SIGSEGV;
	}
}

/* MSR DAIFSet/DAIFClr, #imm and MSR DAIF, Xt. */
static bool writes_daif(uintptr_t pc)
{
	uint32_t insn;

	if (uk_nofault_try_read(&insn, pc) < 0)
		return false;
	return (insn & 0xfffff0dfU) == 0xd50340dfU ||
	       (insn & 0xffffffe0U) == 0xd51b4220U;
}

void gdb_arch_stop_reason(struct ukarch_trapctx *ctx,
			  struct uk_gdbstub_stop *stop,
			  bool (*is_stub_bp)(uintptr_t addr))
{
	struct __regs *r = ctx->regs;

	gdb_arm64_dbg_park();
	stop->signal = trap_signal(ctx);
	stop->kind = UK_GDBSTUB_STOP_SIGNAL;
	stop->addr = 0;
	brk_stop = false;

	/* Whatever ended the step (the step exception, or a trap the stepped
	 * instruction raised), the frame gets its own I bit back. */
	if (stepping) {
		r->spsr &= ~SPSR_SS;
		if (!step_wrote_daif)
			r->spsr = (r->spsr & ~SPSR_I) | step_i;
		stepping = false;
	}
	if (!ctx->error_code)
		return;
	switch (ctx->trapnr) {
	case ESR_EC_BRK64:
		if (is_stub_bp(r->elr)) {
			stop->kind = UK_GDBSTUB_STOP_SWBREAK;
		} else {
			brk_stop = true;
			brk_pc = r->elr;
		}
		break;
	case ESR_EC_BREAKPT_CUR:
	case ESR_EC_BREAKPT_LOW:
		stop->kind = UK_GDBSTUB_STOP_HWBREAK;
		break;
	case ESR_EC_WATCHPT_CUR:
	case ESR_EC_WATCHPT_LOW:
		gdb_arm64_dbg_decode(ctx, stop);
		break;
	}
}

bool gdb_arch_step_skips_break(struct ukarch_trapctx *ctx, bool is_stub_bp)
{
	struct __regs *r = ctx->regs;

	if (!brk_stop || r->elr != brk_pc || is_stub_bp)
		return false;
	r->elr += 4;
	brk_stop = false;
	return true;
}

void gdb_arch_resume(struct ukarch_trapctx *ctx, bool step, bool is_stub_bp)
{
	struct __regs *r = ctx->regs;

	if (brk_stop && r->elr == brk_pc && !is_stub_bp)
		r->elr += 4;
	brk_stop = false;
	if (step) {
		step_i = r->spsr & SPSR_I;
		step_wrote_daif = writes_daif(r->elr);
		r->spsr |= SPSR_SS | SPSR_I;
		stepping = true;
	} else {
		r->spsr &= ~SPSR_SS;
	}
	/* Debug exceptions at EL1 are masked while PSTATE.D is set, which
	 * every exception entry does: the resumed code runs with it clear. */
	r->spsr &= ~SPSR_D;
	gdb_arm64_dbg_arm(step);
}
