/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The timed waits as debugging views (`timers`) see them: read-only, from
 * the thread list, so that timer.c's list stays private to it.
 */
#include <uk/sched.h>

void uk_sched_timed_threads(void (*fn)(void *arg, const struct uk_thread *t),
			    void *arg)
{
	for (struct uk_thread *t = uk_thread_first(); t; t = uk_thread_next(t))
		if (t->deadline)
			fn(arg, t);
}
