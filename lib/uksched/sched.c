/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The scheduler: a FIFO ready queue (round robin, O(1) to queue and to
 * pick), the switch itself with its accounting, the idle thread, and the
 * preemption point at the end of every interrupt. Interrupts are masked
 * whenever scheduler state changes: on one CPU that is the whole lock.
 * The boot context becomes thread 1, "main", on the boot stack.
 */
#include <errno.h>
#include <string.h>
#include <uk/arch/lcpu.h>
#include <uk/init.h>
#include <uk/print.h>
#include <uk/trace.h>
#include <uk/plat/irq.h>
#include <uk/plat/shutdown.h>
#include <uk/plat/time.h>
#include <uk/plat/timer.h>
#include <uk/plat/trap.h>
#include "sched_internal.h"

UK_TRACEPOINT(thread_switch, "prev=%lu prev_name=%s next=%lu next_name=%s",
	      unsigned long, const char *, unsigned long, const char *);
UK_TRACEPOINT(thread_wake, "id=%lu name=%s", unsigned long, const char *);

struct uk_thread *sched_current;
struct uk_thread *sched_idle;

static struct uk_thread main_thread;
static struct uk_thread *ready_head, *ready_tail;
static struct uk_thread *locked_to;
static bool resched_pending;
static uint64_t switches;

void sched_make_ready(struct uk_thread *t)
{
	thread_wake(t->id, t->name);
	t->state = UK_THREAD_READY;
	t->wait_what = NULL;
	if (t == sched_idle)
		return; /* chosen when nothing else is ready, never queued */
	t->qnext = NULL;
	if (ready_tail)
		ready_tail->qnext = t;
	else
		ready_head = t;
	ready_tail = t;
	if (sched_current == sched_idle)
		sched_need_resched();
	else
		sched_timer_update(); /* a slice to end now that two compete */
}

/* Take @t out of the middle of the ready queue: only for locking. */
static void ready_remove(struct uk_thread *t)
{
	struct uk_thread **pp = &ready_head, *prev = NULL;

	while (*pp && *pp != t) {
		prev = *pp;
		pp = &(*pp)->qnext;
	}
	if (!*pp)
		return;
	*pp = t->qnext;
	if (ready_tail == t)
		ready_tail = prev;
}

static struct uk_thread *pick_next(void)
{
	struct uk_thread *t;

	if (locked_to) {
		if (locked_to == sched_current &&
		    locked_to->state == UK_THREAD_READY)
			return locked_to;
		if (locked_to->state != UK_THREAD_READY)
			return sched_idle;
		ready_remove(locked_to);
		return locked_to;
	}
	t = ready_head;
	if (!t)
		return sched_idle;
	ready_head = t->qnext;
	if (!ready_head)
		ready_tail = NULL;
	return t;
}

bool sched_others_ready(void)
{
	return ready_head != NULL && !locked_to;
}

void sched_need_resched(void)
{
	resched_pending = true;
}

/* Every thread but idle has exited: the guest is done. */
static void check_all_exited(void)
{
	for (struct uk_thread *t = uk_thread_first(); t; t = uk_thread_next(t))
		if (t != sched_idle && t->state != UK_THREAD_EXITED)
			return;
	ukplat_halt(0);
}

void sched_reschedule(void)
{
	struct uk_thread *prev = sched_current, *next;
	uint64_t now;

	if (prev->state == UK_THREAD_READY && prev != sched_idle &&
	    prev != locked_to) {
		/* queued behind the others: that is the yield */
		prev->qnext = NULL;
		if (ready_tail)
			ready_tail->qnext = prev;
		else
			ready_head = prev;
		ready_tail = prev;
	}
	next = pick_next();
	resched_pending = false;
	if (next == prev) {
		prev->state = UK_THREAD_RUNNING;
		sched_timer_update();
		return;
	}
	if (next == sched_idle && prev->state == UK_THREAD_EXITED)
		check_all_exited();
	now = ukplat_monotonic_ns();
	prev->cpu_time_ns += now - prev->ran_since;
	next->ran_since = now;
	next->switches++;
	next->state = UK_THREAD_RUNNING;
	switches++;
	thread_switch(prev->id, prev->name, next->id, next->name);
	sched_current = next;
	sched_timer_update();
	ukarch_ctx_switch(&prev->ctx, &next->ctx);
}

/*
 * End of an interrupt: switch if a wake-up or the end of a slice asked
 * for it. The frame stays on this thread's stack; the debugger and the
 * crash screen read the thread's registers from it until it runs again.
 */
static void irq_exit(struct __regs *regs)
{
	struct uk_thread *t = sched_current;

	if (!resched_pending || !t)
		return;
	t->irq_regs = regs;
	if (t->state == UK_THREAD_RUNNING)
		t->state = UK_THREAD_READY;
	sched_reschedule();
	t->irq_regs = NULL;
}

void uk_sched_yield(void)
{
	unsigned long flags = ukarch_irq_save();

	sched_current->state = UK_THREAD_READY;
	sched_reschedule();
	ukarch_irq_restore(flags);
}

void uk_sched_lock_to(struct uk_thread *t)
{
	unsigned long flags = ukarch_irq_save();

	locked_to = t;
	sched_timer_update();
	if (t && t != sched_current) {
		/* an interrupt as soon as the caller resumes: the switch */
		sched_need_resched();
		ukplat_timer_arm(0);
	}
	ukarch_irq_restore(flags);
}

struct uk_thread *uk_thread_current(void)
{
	return sched_current;
}

uint64_t uk_sched_switches(void)
{
	return switches;
}

uint64_t uk_sched_idle_ns(void)
{
	return sched_idle ? uk_thread_cpu_time_ns(sched_idle) : 0;
}

uint64_t uk_thread_cpu_time_ns(const struct uk_thread *t)
{
	unsigned long flags = ukarch_irq_save();
	uint64_t ns = t->cpu_time_ns;

	if (t == sched_current)
		ns += ukplat_monotonic_ns() - t->ran_since;
	ukarch_irq_restore(flags);
	return ns;
}

const char *uk_thread_state_name(enum uk_thread_state s)
{
	static const char *const state_names[] = {
		[UK_THREAD_RUNNING] = "running",
		[UK_THREAD_READY] = "ready",
		[UK_THREAD_BLOCKED] = "blocked",
		[UK_THREAD_SLEEPING] = "sleeping",
		[UK_THREAD_EXITED] = "exited",
	};

	return (unsigned int)s < ARRAY_SIZE(state_names) ? state_names[s] : "?";
}

/*
 * The CPU's resting place: halts until an interrupt, and hands over as
 * soon as anything is ready. Detached threads that exited are freed here,
 * off their own stacks.
 */
static void *idle_loop(void *arg __unused)
{
	for (;;) {
		thread_reap();
		ukarch_irq_disable();
		if (ready_head ||
		    (locked_to && locked_to->state == UK_THREAD_READY)) {
			sched_idle->state = UK_THREAD_READY;
			sched_reschedule();
		} else {
			ukarch_wait_for_irq();
		}
		ukarch_irq_enable();
	}
	return NULL;
}

static int sched_init(void)
{
	struct uk_thread *idle;
	uintptr_t lo, hi;

	ukplat_boot_stack(&lo, &hi);
	main_thread.stack_lo = lo;
	main_thread.stack_hi = hi;
	main_thread.ctx.stack_guard = lo - UKARCH_PAGE_SIZE;
	thread_paint_stack(lo, ukarch_frame_pointer() - 512);
	uk_thread_set_name(&main_thread, "main");
	main_thread.state = UK_THREAD_RUNNING;
	main_thread.ran_since = ukplat_monotonic_ns();
	main_thread.switches = 1;
	thread_list_add(&main_thread);
	sched_current = &main_thread;

	idle = thread_new("idle", idle_loop, NULL, 0);
	if (!idle) {
		uk_pr_err("uksched: no memory for the idle thread\n");
		return -ENOMEM;
	}
	sched_idle = idle;
	idle->state = UK_THREAD_READY;

	sched_timer_init();
	ukplat_irq_set_exit_hook(irq_exit);
	return 0;
}
UK_INIT(sched_init, UK_INIT_LEVEL_EARLY);
