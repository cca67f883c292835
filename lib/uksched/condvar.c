/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Condition variables. The mutex is released and the thread queued in one
 * step with interrupts masked, so a signal sent right after the unlock
 * cannot be lost.
 */
#include <errno.h>
#include <uk/arch/lcpu.h>
#include "sched_internal.h"

void uk_condvar_init(struct uk_condvar *c)
{
	uk_waitq_init(&c->wq);
}

int uk_condvar_wait_until(struct uk_condvar *c, struct uk_mutex *m,
			  uint64_t deadline_ns)
{
	unsigned long flags = ukarch_irq_save();
	unsigned int depth = m->depth;
	int rc, lrc;

	if (m->owner != sched_current) {
		ukarch_irq_restore(flags);
		return -EPERM;
	}
	m->depth = 1;
	uk_mutex_unlock(m);
	rc = uk_waitq_wait(&c->wq, "cond", deadline_ns);
	ukarch_irq_restore(flags);
	lrc = uk_mutex_lock(m);
	if (!lrc)
		m->depth = depth;
	return rc ? rc : lrc;
}

void uk_condvar_signal(struct uk_condvar *c)
{
	uk_waitq_wake_one(&c->wq);
}

void uk_condvar_broadcast(struct uk_condvar *c)
{
	uk_waitq_wake_all(&c->wq);
}
