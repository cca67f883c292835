/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Mutexes. Unlock hands the mutex straight to the first waiter, so a
 * thread that unlocks and locks again in a loop cannot starve the others.
 */
#include <errno.h>
#include <uk/arch/lcpu.h>
#include "sched_internal.h"

void uk_mutex_init(struct uk_mutex *m, bool recursive)
{
	m->owner = NULL;
	m->depth = 0;
	m->recursive = recursive;
	uk_waitq_init(&m->wq);
}

/* With interrupts masked: take @m if free or ours. 0, -EBUSY, -EDEADLK. */
static int try_take(struct uk_mutex *m, struct uk_thread *self)
{
	if (!m->owner) {
		m->owner = self;
		m->depth = 1;
		return 0;
	}
	if (m->owner != self)
		return -EBUSY;
	if (!m->recursive)
		return -EDEADLK;
	m->depth++;
	return 0;
}

int uk_mutex_lock_until(struct uk_mutex *m, uint64_t deadline_ns)
{
	unsigned long flags = ukarch_irq_save();
	struct uk_thread *self = sched_current;
	int rc;

	while ((rc = try_take(m, self)) == -EBUSY) {
		if (uk_waitq_wait(&m->wq, "mutex", deadline_ns) == -ETIMEDOUT) {
			rc = m->owner == self ? 0 : -ETIMEDOUT;
			break;
		}
		if (m->owner == self) { /* handed over by the unlocker */
			rc = 0;
			break;
		}
	}
	ukarch_irq_restore(flags);
	return rc;
}

int uk_mutex_trylock(struct uk_mutex *m)
{
	unsigned long flags = ukarch_irq_save();
	int rc = try_take(m, sched_current);

	ukarch_irq_restore(flags);
	return rc;
}

int uk_mutex_unlock(struct uk_mutex *m)
{
	unsigned long flags = ukarch_irq_save();
	struct uk_thread *next;

	if (m->owner != sched_current) {
		ukarch_irq_restore(flags);
		return -EPERM;
	}
	if (--m->depth == 0) {
		next = m->wq.head;
		m->owner = next;
		if (next) {
			m->depth = 1;
			uk_waitq_wake_one(&m->wq);
		}
	}
	ukarch_irq_restore(flags);
	return 0;
}
