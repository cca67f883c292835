/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Mutexes, condition variables and once on uksched's. pthread_mutex_t
 * and pthread_cond_t hold a struct uk_mutex / uk_condvar's fields under
 * other names (<pthread.h> stays free of kernel headers); the asserts
 * keep the two layouts the same.
 */
#include <errno.h>
#include <pthread.h>
#include <uk/sched.h>

#include "posix.h"

#define SAME_FIELD(ptype, pfield, utype, ufield)                               \
	_Static_assert(offsetof(ptype, pfield) == offsetof(utype, ufield) &&   \
			   sizeof(((ptype *)0)->pfield) ==                     \
			       sizeof(((utype *)0)->ufield),                   \
		       #ptype "." #pfield " is not " #utype "." #ufield)

_Static_assert(sizeof(pthread_mutex_t) == sizeof(struct uk_mutex),
	       "pthread_mutex_t is not a struct uk_mutex");
SAME_FIELD(pthread_mutex_t, __owner, struct uk_mutex, owner);
SAME_FIELD(pthread_mutex_t, __depth, struct uk_mutex, depth);
SAME_FIELD(pthread_mutex_t, __recursive, struct uk_mutex, recursive);
SAME_FIELD(pthread_mutex_t, __wait_head, struct uk_mutex, wq.head);
SAME_FIELD(pthread_mutex_t, __wait_tail, struct uk_mutex, wq.tail);
SAME_FIELD(pthread_cond_t, __wait_head, struct uk_condvar, wq.head);
SAME_FIELD(pthread_cond_t, __wait_tail, struct uk_condvar, wq.tail);

enum { ONCE_NEW, ONCE_RUNNING, ONCE_DONE };

static struct uk_mutex once_mutex = UK_MUTEX_INITIALIZER(false);
static struct uk_condvar once_done = UK_CONDVAR_INITIALIZER;

static struct uk_mutex *um(pthread_mutex_t *m)
{
	return (struct uk_mutex *)m;
}

static struct uk_condvar *uc(pthread_cond_t *c)
{
	return (struct uk_condvar *)c;
}

int pthread_mutex_lock(pthread_mutex_t *m)
{
	return -uk_mutex_lock(um(m));
}

int pthread_mutex_trylock(pthread_mutex_t *m)
{
	int ret = uk_mutex_trylock(um(m));

	return ret == -EDEADLK ? EBUSY : -ret;
}

int pthread_mutex_timedlock(pthread_mutex_t *m, const struct timespec *abstime)
{
	uint64_t deadline;
	int ret = uk_mutex_trylock(um(m));

	/* POSIX: a free mutex is taken whatever the time limit says. */
	if (ret != -EBUSY)
		return -ret;
	ret = posix_deadline(CLOCK_REALTIME, abstime, &deadline);
	if (ret)
		return ret;
	return -uk_mutex_lock_until(um(m), deadline);
}

int pthread_mutex_unlock(pthread_mutex_t *m)
{
	return -uk_mutex_unlock(um(m));
}

int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m)
{
	return -uk_condvar_wait_until(uc(c), um(m), 0);
}

int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m,
			   const struct timespec *abstime)
{
	uint64_t deadline;
	int ret = posix_deadline(c->__clock, abstime, &deadline);

	if (ret)
		return ret;
	return -uk_condvar_wait_until(uc(c), um(m), deadline);
}

int pthread_cond_signal(pthread_cond_t *c)
{
	uk_condvar_signal(uc(c));
	return 0;
}

int pthread_cond_broadcast(pthread_cond_t *c)
{
	uk_condvar_broadcast(uc(c));
	return 0;
}

/* The caller that finds @once new runs @fn; the others wait for it. */
int pthread_once(pthread_once_t *once, void (*fn)(void))
{
	if (__atomic_load_n(once, __ATOMIC_ACQUIRE) == ONCE_DONE)
		return 0;
	uk_mutex_lock(&once_mutex);
	while (*once == ONCE_RUNNING)
		uk_condvar_wait_until(&once_done, &once_mutex, 0);
	if (*once == ONCE_NEW) {
		*once = ONCE_RUNNING;
		uk_mutex_unlock(&once_mutex);
		fn();
		uk_mutex_lock(&once_mutex);
		__atomic_store_n(once, ONCE_DONE, __ATOMIC_RELEASE);
		uk_condvar_broadcast(&once_done);
	}
	uk_mutex_unlock(&once_mutex);
	return 0;
}
