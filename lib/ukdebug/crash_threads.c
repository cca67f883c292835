/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Threads on the crash screen: which thread crashed, whether it ran off
 * its stack into the guard page below it, and (CONFIG_LIBUKDEBUG_CRASH_
 * THREADS) every other thread's state and call trace, each traced from
 * what it resumes with (threads.c). The thread list is walked as it is:
 * interrupts are masked and nothing else runs.
 */
#include <uk/backtrace.h>
#include <uk/sched.h>
#include "crash_arch.h"
#include "crash_stack.h"
#include "crash_threads.h"

#define GUARD_SIZE 4096UL

void crash_thread_name(void)
{
	const struct uk_thread *t = uk_thread_current();

	if (t)
		crash_line("Thread: %s (id %lu)", t->name, t->id);
}

static bool in_guard(const struct uk_thread *t, unsigned long addr)
{
	return addr < t->stack_lo && t->stack_lo - addr <= GUARD_SIZE;
}

bool crash_thread_overflow(const struct ukarch_trapctx *ctx)
{
	const struct uk_thread *t = uk_thread_current();
	unsigned long sp = ukarch_regs_sp(ctx->regs);

	if (!t || !t->stack_lo)
		return false;
	if (in_guard(t, sp))
		crash_line("Stack overflow in thread %s (id %lu): stack "
			   "pointer %016lx is in the guard page below %016lx",
			   t->name, t->id, sp, t->stack_lo);
	else if (in_guard(t, ctx->fault_addr))
		crash_line("Stack overflow in thread %s (id %lu): access to "
			   "%016lx in the guard page below %016lx",
			   t->name, t->id, ctx->fault_addr, t->stack_lo);
	else
		return false;
	return true;
}

void crash_threads_others(void)
{
	const struct uk_thread *cur = uk_thread_current();

	if (!IS_ENABLED(CONFIG_LIBUKDEBUG_CRASH_THREADS))
		return;
	for (const struct uk_thread *t = uk_thread_first(); t;
	     t = uk_thread_next(t)) {
		if (t == cur)
			continue;
		uk_thread_backtrace(t, NULL, crash_trace_out, NULL);
	}
}
