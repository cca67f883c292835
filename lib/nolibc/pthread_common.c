/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The parts of threads, mutexes and condition variables that are the same
 * with and without uksched: they only read or set up the storage.
 */
#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <uk/sched.h>

int pthread_equal(pthread_t a, pthread_t b)
{
	return a == b;
}

int pthread_getname_np(pthread_t thread, char *buf, size_t len)
{
	size_t n = strlen(thread->name);

	if (n >= len)
		return ERANGE;
	memcpy(buf, thread->name, n + 1);
	return 0;
}

int pthread_mutex_init(pthread_mutex_t *m, const pthread_mutexattr_t *attr)
{
	*m = (pthread_mutex_t)PTHREAD_MUTEX_INITIALIZER;
	m->__recursive = attr && attr->__type == PTHREAD_MUTEX_RECURSIVE;
	return 0;
}

int pthread_mutex_destroy(pthread_mutex_t *m)
{
	return m->__owner ? EBUSY : 0;
}

int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *attr)
{
	*c = (pthread_cond_t)PTHREAD_COND_INITIALIZER;
	if (attr)
		c->__clock = attr->__clock;
	return 0;
}

int pthread_cond_destroy(pthread_cond_t *c)
{
	return c->__wait_head ? EBUSY : 0;
}
