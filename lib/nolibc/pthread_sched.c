/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * POSIX threads on uksched: a pthread_t is the struct uk_thread, its key
 * values hang off uk_thread.posix and its errno is uk_thread.err.
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <uk/sched.h>

#include "posix.h"

/* The thread's start routine and argument, handed over on the heap. */
struct start {
	void *(*fn)(void *);
	void *arg;
};

static struct uk_mutex posix_mutex = UK_MUTEX_INITIALIZER(false);

/* errno before the scheduler has a current thread. */
static int boot_errno;

int *__errno_location(void)
{
	struct uk_thread *t = uk_thread_current();

	return t ? &t->err : &boot_errno;
}

static void *pthread_start(void *arg)
{
	struct start s = *(struct start *)arg;

	free(arg);
	pthread_exit(s.fn(s.arg));
}

int pthread_create(pthread_t *thread, const pthread_attr_t *attr,
		   void *(*fn)(void *), void *arg)
{
	pthread_attr_t defaults;
	struct uk_thread *t;
	struct start *s;

	if (!attr) {
		pthread_attr_init(&defaults);
		attr = &defaults;
	}
	s = malloc(sizeof(*s));
	if (!s)
		return EAGAIN;
	s->fn = fn;
	s->arg = arg;
	t = uk_thread_create("pthread", pthread_start, s, attr->__stacksize);
	if (!t) {
		free(s);
		return EAGAIN;
	}
	*thread = t;
	if (attr->__detachstate == PTHREAD_CREATE_DETACHED)
		uk_thread_detach(t);
	return 0;
}

int pthread_join(pthread_t thread, void **retval)
{
	return -uk_thread_join(thread, retval);
}

int pthread_detach(pthread_t thread)
{
	return -uk_thread_detach(thread);
}

void pthread_exit(void *retval)
{
	posix_tsd_exit();
	uk_thread_exit(retval);
}

pthread_t pthread_self(void)
{
	return uk_thread_current();
}

int pthread_setname_np(pthread_t thread, const char *name)
{
	if (strlen(name) >= UK_THREAD_NAME_MAX)
		return ERANGE;
	uk_thread_set_name(thread, name);
	return 0;
}

int sched_yield(void)
{
	uk_sched_yield();
	return 0;
}

void posix_sleep_until(uint64_t deadline_ns)
{
	uk_sched_sleep_until(deadline_ns);
}

size_t posix_default_stacksize(void)
{
	return CONFIG_LIBUKSCHED_STACK_SIZE * 1024UL;
}

void **posix_tsd_slot(void)
{
	return &uk_thread_current()->posix;
}

void posix_lock(void)
{
	uk_mutex_lock(&posix_mutex);
}

void posix_unlock(void)
{
	uk_mutex_unlock(&posix_mutex);
}
