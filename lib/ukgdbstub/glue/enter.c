/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * One stop of the CPU in the stub, whichever way it came in (entry.c,
 * boot_wait.c, crash.c): save the FP state, let the architecture say why
 * the CPU stopped, serve the debugger until it resumes the guest, record
 * what it chose (attached, stepping, detached) and carry it out.
 */
#include <uk/plat/shutdown.h>
#include <uk/trace.h>
#include "../arch/gdbstub_arch.h"
#include "glue.h"

UK_TRACEPOINT(gdb_stop, "signal=%d pc=%#lx", int, unsigned long);
UK_TRACEPOINT(gdb_resume, "action=%s pc=%#lx", const char *, unsigned long);

static const char *const action_names[] = {
	[UK_GDBSTUB_CONTINUE] = "continue", [UK_GDBSTUB_STEP] = "step",
	[UK_GDBSTUB_DETACH] = "detach",	    [UK_GDBSTUB_KILL] = "kill",
	[UK_GDBSTUB_CLOSED] = "closed",
};

static bool is_stub_bp(uintptr_t addr)
{
	return uk_gdbstub_is_swbp(&gdb_stub, addr);
}

void gdb_glue_enter(struct ukarch_trapctx *ctx, int signal)
{
	struct uk_gdbstub_stop stop;
	struct uk_gdbstub_resume resume;
	bool runs;

	gdb_arch_fpu_save();
	gdb_arch_stop_reason(ctx, &stop, is_stub_bp);
	if (signal)
		stop.signal = signal;
	if (gdb_glue.shared)
		gdb_console_flush();
	gdb_glue.stopped = ctx;
	gdb_stop(stop.signal, ukarch_regs_pc(ctx->regs));
	uk_gdbstub_session(&gdb_stub, &stop, &resume);
	/* A step over a compiled-in breakpoint is done by skipping it. */
	while (resume.action == UK_GDBSTUB_STEP &&
	       gdb_arch_step_skips_break(
		   ctx, is_stub_bp(ukarch_regs_pc(ctx->regs)))) {
		stop.signal = UK_GDBSTUB_SIGTRAP;
		stop.kind = UK_GDBSTUB_STOP_SIGNAL;
		uk_gdbstub_session(&gdb_stub, &stop, &resume);
	}
	gdb_glue.stopped = NULL;
	gdb_glue.stepping = resume.action == UK_GDBSTUB_STEP;

	/* Scheduler locking lasts until the next stop, and ends with the
	 * debugger. */
	runs = resume.action == UK_GDBSTUB_CONTINUE ||
	       resume.action == UK_GDBSTUB_STEP;
	gdb_glue_threads_lock(runs ? resume.thread : 0);

	/* A signal to deliver (C, S) means nothing to a kernel: ignored. */
	switch (resume.action) {
	case UK_GDBSTUB_KILL:
		ukplat_halt(0);
	case UK_GDBSTUB_CONTINUE:
	case UK_GDBSTUB_STEP:
		gdb_glue.attached = true;
		break;
	case UK_GDBSTUB_DETACH:
		gdb_glue.detach_acked = true;
		gdb_glue.attached = false;
		break;
	case UK_GDBSTUB_CLOSED:
		gdb_glue.attached = false;
		break;
	}
	if (gdb_glue.shared)
		gdb_console_flush();
	gdb_resume(action_names[resume.action], ukarch_regs_pc(ctx->regs));
	gdb_arch_fpu_restore();
	gdb_arch_resume(ctx, resume.action == UK_GDBSTUB_STEP,
			is_stub_bp(ukarch_regs_pc(ctx->regs)));
}
