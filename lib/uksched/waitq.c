/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Wait queues: FIFO lists of blocked threads, the one primitive every
 * blocking object (mutex, semaphore, condition variable, join, console
 * read) is built on. Waking is safe in interrupt handlers.
 */
#include <errno.h>
#include <uk/arch/lcpu.h>
#include "sched_internal.h"

void waitq_remove(struct uk_waitq *wq, struct uk_thread *t)
{
	struct uk_thread **pp = &wq->head, *prev = NULL;

	while (*pp && *pp != t) {
		prev = *pp;
		pp = &(*pp)->qnext;
	}
	if (!*pp)
		return;
	*pp = t->qnext;
	if (wq->tail == t)
		wq->tail = prev;
	t->qnext = NULL;
}

int uk_waitq_wait(struct uk_waitq *wq, const char *what, uint64_t deadline_ns)
{
	struct uk_thread *t = sched_current;

	t->qnext = NULL;
	if (wq->tail)
		wq->tail->qnext = t;
	else
		wq->head = t;
	wq->tail = t;
	t->wq = wq;
	t->state = UK_THREAD_BLOCKED;
	t->wait_what = what;
	t->wake_status = 0;
	if (deadline_ns) {
		t->deadline = deadline_ns;
		sched_timer_add(t);
	}
	sched_reschedule();
	return t->wake_status;
}

static struct uk_thread *waitq_pop(struct uk_waitq *wq)
{
	struct uk_thread *t = wq->head;

	if (t) {
		wq->head = t->qnext;
		if (!wq->head)
			wq->tail = NULL;
		t->qnext = NULL;
	}
	return t;
}

int uk_waitq_wake_one(struct uk_waitq *wq)
{
	unsigned long flags = ukarch_irq_save();
	struct uk_thread *t = waitq_pop(wq);

	if (t)
		sched_wake(t, 0);
	ukarch_irq_restore(flags);
	return t != NULL;
}

int uk_waitq_wake_all(struct uk_waitq *wq)
{
	unsigned long flags = ukarch_irq_save();
	struct uk_thread *t;
	int n = 0;

	while ((t = waitq_pop(wq))) {
		sched_wake(t, 0);
		n++;
	}
	ukarch_irq_restore(flags);
	return n;
}
