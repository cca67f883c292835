/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Time: the list of threads waiting for a deadline (sorted, earliest
 * first), sleeping, the timer interrupt that wakes them and ends time
 * slices, and the one-shot programming of the platform timer for whichever
 * comes first. Nothing is armed when no thread waits for time and no
 * slice needs ending, so an idle guest sleeps undisturbed.
 */
#include <errno.h>
#include <uk/arch/lcpu.h>
#include <uk/print.h>
#include <uk/plat/time.h>
#include <uk/plat/timer.h>
#include "sched_internal.h"

#if CONFIG_LIBUKSCHED_PREEMPT
#define SLICE_NS ((uint64_t)CONFIG_LIBUKSCHED_TIMESLICE_US * 1000)
#else
#define SLICE_NS 0 /* no slices: threads run until they give up the CPU */
#endif

static struct uk_thread *timer_head;
static bool have_timer;

void sched_timer_add(struct uk_thread *t)
{
	struct uk_thread **pp = &timer_head;

	while (*pp && (*pp)->deadline <= t->deadline)
		pp = &(*pp)->tnext;
	t->tnext = *pp;
	*pp = t;
	if (timer_head == t)
		sched_timer_update();
}

void sched_timer_del(struct uk_thread *t)
{
	struct uk_thread **pp = &timer_head;

	while (*pp && *pp != t)
		pp = &(*pp)->tnext;
	if (*pp)
		*pp = t->tnext;
	t->tnext = NULL;
}

/* When the running thread's slice ends, if another thread waits for it. */
static uint64_t slice_end(void)
{
	struct uk_thread *cur = sched_current;

	if (!SLICE_NS || !cur || cur == sched_idle || !sched_others_ready())
		return UINT64_MAX;
	return cur->ran_since + SLICE_NS;
}

void sched_timer_update(void)
{
	uint64_t next = slice_end();

	if (!have_timer)
		return;
	if (timer_head && timer_head->deadline < next)
		next = timer_head->deadline;
	if (next == UINT64_MAX)
		ukplat_timer_disarm();
	else
		ukplat_timer_arm(next);
}

static void timer_irq(void)
{
	uint64_t now = ukplat_monotonic_ns();

	while (timer_head && timer_head->deadline <= now) {
		struct uk_thread *t = timer_head;

		timer_head = t->tnext;
		t->tnext = NULL;
		t->deadline = 0;
		if (t->wq)
			waitq_remove(t->wq, t);
		sched_wake(t, -ETIMEDOUT);
	}
	if (slice_end() <= now)
		sched_need_resched();
	sched_timer_update();
}

void sched_timer_init(void)
{
	if (ukplat_timer_init(timer_irq) < 0) {
		uk_pr_warn("uksched: no timer: no sleeps, no preemption\n");
		return;
	}
	have_timer = true;
}

void sched_wake(struct uk_thread *t, int status)
{
	if (t->state != UK_THREAD_BLOCKED && t->state != UK_THREAD_SLEEPING)
		return;
	if (t->deadline) {
		sched_timer_del(t);
		t->deadline = 0;
	}
	t->wq = NULL;
	t->wake_status = status;
	sched_make_ready(t);
}

void uk_sched_sleep_until(uint64_t deadline_ns)
{
	unsigned long flags = ukarch_irq_save();
	struct uk_thread *t = sched_current;

	if (deadline_ns > ukplat_monotonic_ns()) {
		t->state = UK_THREAD_SLEEPING;
		t->wait_what = "sleep";
		t->deadline = deadline_ns;
		sched_timer_add(t);
		sched_reschedule();
	}
	ukarch_irq_restore(flags);
}

void uk_sched_sleep_ns(uint64_t ns)
{
	uk_sched_sleep_until(ukplat_monotonic_ns() + ns);
}
