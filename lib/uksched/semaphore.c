/* SPDX-License-Identifier: BSD-3-Clause */
/* Counting semaphores; up() is safe in interrupt handlers. */
#include <errno.h>
#include <uk/arch/lcpu.h>
#include "sched_internal.h"

void uk_semaphore_init(struct uk_semaphore *s, long count)
{
	s->count = count;
	uk_waitq_init(&s->wq);
}

int uk_semaphore_down_until(struct uk_semaphore *s, uint64_t deadline_ns)
{
	unsigned long flags = ukarch_irq_save();
	int rc = 0;

	while (s->count <= 0) {
		if (uk_waitq_wait(&s->wq, "semaphore", deadline_ns) ==
		    -ETIMEDOUT) {
			rc = -ETIMEDOUT;
			break;
		}
	}
	if (!rc)
		s->count--;
	ukarch_irq_restore(flags);
	return rc;
}

int uk_semaphore_trydown(struct uk_semaphore *s)
{
	unsigned long flags = ukarch_irq_save();
	int rc = -EAGAIN;

	if (s->count > 0) {
		s->count--;
		rc = 0;
	}
	ukarch_irq_restore(flags);
	return rc;
}

void uk_semaphore_up(struct uk_semaphore *s)
{
	unsigned long flags = ukarch_irq_save();

	s->count++;
	uk_waitq_wake_one(&s->wq);
	ukarch_irq_restore(flags);
}
