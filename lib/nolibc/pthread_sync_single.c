/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Mutexes, condition variables and once for the one thread there is
 * without uksched: nobody else can hold a mutex or signal a condition.
 */
#include <errno.h>
#include <pthread.h>
#include <uk/essentials.h>

#include "posix.h"

int pthread_mutex_lock(pthread_mutex_t *m)
{
	if (!m->__owner) {
		m->__owner = pthread_self();
		m->__depth = 1;
		return 0;
	}
	if (!m->__recursive)
		return EDEADLK;
	m->__depth++;
	return 0;
}

int pthread_mutex_trylock(pthread_mutex_t *m)
{
	return pthread_mutex_lock(m) ? EBUSY : 0;
}

int pthread_mutex_timedlock(pthread_mutex_t *m, const struct timespec *abstime)
{
	uint64_t deadline;

	if (!m->__owner || m->__recursive)
		return pthread_mutex_lock(m);
	return posix_deadline(CLOCK_REALTIME, abstime, &deadline) ?: EDEADLK;
}

int pthread_mutex_unlock(pthread_mutex_t *m)
{
	if (m->__owner != pthread_self())
		return EPERM;
	if (--m->__depth == 0)
		m->__owner = NULL;
	return 0;
}

/* No one can signal: return at once, as a spurious wake-up. */
int pthread_cond_wait(pthread_cond_t *c __unused, pthread_mutex_t *m)
{
	return m->__owner == pthread_self() ? 0 : EPERM;
}

int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m,
			   const struct timespec *abstime)
{
	uint64_t deadline;
	int ret = posix_deadline(c->__clock, abstime, &deadline);

	if (ret)
		return ret;
	if (m->__owner != pthread_self())
		return EPERM;
	posix_sleep_until(deadline);
	return ETIMEDOUT;
}

int pthread_cond_signal(pthread_cond_t *c __unused)
{
	return 0;
}

int pthread_cond_broadcast(pthread_cond_t *c __unused)
{
	return 0;
}

int pthread_once(pthread_once_t *once, void (*fn)(void))
{
	if (*once)
		return 0;
	*once = 1;
	fn();
	return 0;
}
