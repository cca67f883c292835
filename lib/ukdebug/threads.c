/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Thread views (<uk/backtrace.h>): the thread list behind `ps` and
 * `monitor ps`, and one thread's call trace behind `bt`, `monitor bt` and
 * the crash screen. A thread that is not running is traced from what it
 * resumes with: the frame an interrupt saved when it was preempted (every
 * register exact), else its saved context (PC, SP and frame pointer at its
 * return from ukarch_ctx_switch). The walk (unwind.c) stays inside the
 * thread's stack, so it ends at the thread's base without a note.
 */
#include <stdio.h>
#include <uk/arch/ctx.h>
#include <uk/arch/traps.h>
#include <uk/backtrace.h>
#include <uk/sched.h>
#include "unwind.h"

#define NS_PER_S 1000000000ULL

/* "running", "blocked (mutex)", "sleeping", ... into @buf. */
static void state_text(const struct uk_thread *t, char *buf, size_t len)
{
	bool waits = t->state == UK_THREAD_BLOCKED && t->wait_what;

	snprintf(buf, len, waits ? "%s (%s)" : "%s",
		 uk_thread_state_name(t->state), waits ? t->wait_what : "");
}

static bool on_stack(const struct uk_thread *t, unsigned long sp)
{
	return sp >= t->stack_lo && sp < t->stack_hi;
}

void uk_thread_backtrace(const struct uk_thread *t,
			 const struct __regs *running, uk_backtrace_out_fn out,
			 void *arg)
{
	struct unwind_regs r;
	struct __regs now;
	char state[48];
	int skip = 0;

	state_text(t, state, sizeof(state));
	if (t == uk_thread_current() && !running) {
		/* From the caller: the walk's first entry is this function. */
		ukarch_regs_capture(&now);
		unwind_arch_regs(&now, &r);
		skip = 1;
	} else if (running && (t == uk_thread_current() ||
			       on_stack(t, ukarch_regs_sp(running)))) {
		/* Or stopped inside the switch, current already the next. */
		unwind_arch_regs(running, &r);
	} else if (t->irq_regs) {
		unwind_arch_regs(t->irq_regs, &r);
	} else {
		unwind_arch_ctx(&t->ctx, &r);
	}
	uk_backtrace_printf(
	    out, arg, "Thread: %s (id %lu), %s%s", t->name, t->id, state,
	    t != uk_thread_current() && t->irq_regs ? " (preempted)" : "");
	ukdebug_backtrace(&r, t->stack_lo, t->stack_hi, skip, out, arg);
}

int uk_thread_backtrace_id(unsigned long id, const struct __regs *running,
			   uk_backtrace_out_fn out, void *arg)
{
	const struct uk_thread *t = uk_thread_find(id);

	if (!t)
		return -1;
	uk_thread_backtrace(t, running, out, arg);
	return 0;
}

int uk_thread_list(uk_backtrace_out_fn out, void *arg)
{
	int n = 0;

	uk_backtrace_printf(out, arg, "%4s %-16s %-20s %11s %9s %s", "ID",
			    "NAME", "STATE", "CPU(s)", "SWITCHES",
			    "STACK USED/SIZE");
	for (const struct uk_thread *t = uk_thread_first(); t;
	     t = uk_thread_next(t), n++) {
		uint64_t cpu = uk_thread_cpu_time_ns(t);
		char state[48];

		state_text(t, state, sizeof(state));
		uk_backtrace_printf(
		    out, arg, "%4lu %-16s %-20s %4llu.%06llu %9llu %zu/%lu",
		    t->id, t->name, state, (unsigned long long)(cpu / NS_PER_S),
		    (unsigned long long)(cpu % NS_PER_S / 1000),
		    (unsigned long long)t->switches,
		    uk_thread_stack_used_max(t),
		    (unsigned long)(t->stack_hi - t->stack_lo));
	}
	return n;
}
