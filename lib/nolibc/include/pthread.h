/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * nolibc <pthread.h>: POSIX threads on uksched's threads, mutexes and
 * condition variables. A pthread_t is the uksched thread itself, so a
 * debugger, the crash screen and `ps` show pthreads like any thread.
 *
 * Without uksched there is one thread: pthread_create() fails with EAGAIN,
 * mutexes, once and keys work, a condition wait returns at once (a
 * spurious wake-up: nobody could signal) and a timed one sleeps until its
 * time is up.
 *
 * Functions return 0 or a positive error number, as POSIX says; they do
 * not set errno. Not here: cancellation, scheduling policies and
 * priorities, process-shared and robust objects, read-write locks,
 * barriers, spin locks.
 */
#ifndef NOLIBC_PTHREAD_H
#define NOLIBC_PTHREAD_H

#include <limits.h>
#include <sched.h>
#include <time.h>

struct uk_thread;
typedef struct uk_thread *pthread_t;

typedef struct {
	size_t __stacksize; /* 0: the default */
	int __detachstate;
} pthread_attr_t;

#define PTHREAD_CREATE_JOINABLE 0
#define PTHREAD_CREATE_DETACHED 1

/*
 * The storage of a struct uk_mutex (<uk/sched.h>), field for field, so
 * that applications need not see kernel headers; the implementation
 * checks that the two agree.
 */
typedef struct {
	struct uk_thread *__owner;
	unsigned int __depth;
	_Bool __recursive;
	struct uk_thread *__wait_head, *__wait_tail;
} pthread_mutex_t;

typedef struct {
	int __type;
} pthread_mutexattr_t;

/*
 * A thread locking a NORMAL (= DEFAULT) mutex it holds gets EDEADLK, as
 * with ERRORCHECK, instead of hanging for ever.
 */
#define PTHREAD_MUTEX_NORMAL	 0
#define PTHREAD_MUTEX_RECURSIVE	 1
#define PTHREAD_MUTEX_ERRORCHECK 2
#define PTHREAD_MUTEX_DEFAULT	 PTHREAD_MUTEX_NORMAL

#define PTHREAD_MUTEX_INITIALIZER                                              \
	{                                                                      \
		0, 0, 0, 0, 0                                                  \
	}
#define PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP                                 \
	{                                                                      \
		0, 0, 1, 0, 0                                                  \
	}

/* A struct uk_condvar's storage, and the clock of timed waits. */
typedef struct {
	struct uk_thread *__wait_head, *__wait_tail;
	clockid_t __clock;
} pthread_cond_t;

typedef struct {
	clockid_t __clock;
} pthread_condattr_t;

#define PTHREAD_COND_INITIALIZER                                               \
	{                                                                      \
		0, 0, CLOCK_REALTIME                                           \
	}

typedef int pthread_once_t;

#define PTHREAD_ONCE_INIT 0

typedef unsigned int pthread_key_t;

/* Threads. */

/*
 * Start @fn(@arg) in a new thread (attributes from @attr, or the defaults
 * when NULL) and store it in *@thread. 0, EAGAIN (no memory, or no
 * uksched), EINVAL.
 */
int pthread_create(pthread_t *thread, const pthread_attr_t *attr,
		   void *(*fn)(void *), void *arg);

/*
 * Wait for @thread to end and store its value in *@retval (if not NULL).
 * 0, EDEADLK (@thread is the caller), EINVAL (detached or already being
 * joined).
 */
int pthread_join(pthread_t thread, void **retval);

/* Let @thread be freed when it ends, without a join. 0 or EINVAL. */
int pthread_detach(pthread_t thread);

/*
 * End the calling thread with @retval after running its keys'
 * destructors. Without uksched, that ends the program with status 0; with
 * it, main() ending this way ends only its thread, and the guest halts
 * with status 0 once the last thread has ended (exit() ends it at once).
 */
__attribute__((noreturn)) void pthread_exit(void *retval);

/* The calling thread. */
pthread_t pthread_self(void);

/* Nonzero when @a and @b are the same thread. */
int pthread_equal(pthread_t a, pthread_t b);

/*
 * Name @thread (debuggers and `ps` show the name): 0, or ERANGE when @name
 * is longer than 31 characters.
 */
int pthread_setname_np(pthread_t thread, const char *name);

/* Copy @thread's name to @buf of @len bytes: 0, or ERANGE if too short. */
int pthread_getname_np(pthread_t thread, char *buf, size_t len);

/* Thread attributes: stack size (at least PTHREAD_STACK_MIN) and detach state. */
int pthread_attr_init(pthread_attr_t *attr);
int pthread_attr_destroy(pthread_attr_t *attr);
int pthread_attr_setstacksize(pthread_attr_t *attr, size_t size);
int pthread_attr_getstacksize(const pthread_attr_t *attr, size_t *size);
int pthread_attr_setdetachstate(pthread_attr_t *attr, int state);
int pthread_attr_getdetachstate(const pthread_attr_t *attr, int *state);

/* Mutexes. */

int pthread_mutexattr_init(pthread_mutexattr_t *attr);
int pthread_mutexattr_destroy(pthread_mutexattr_t *attr);
int pthread_mutexattr_settype(pthread_mutexattr_t *attr, int type);
int pthread_mutexattr_gettype(const pthread_mutexattr_t *attr, int *type);

int pthread_mutex_init(pthread_mutex_t *m, const pthread_mutexattr_t *attr);

/* 0, or EBUSY while @m is locked. */
int pthread_mutex_destroy(pthread_mutex_t *m);

/* Lock @m, waiting as long as it takes: 0, or EDEADLK (see above). */
int pthread_mutex_lock(pthread_mutex_t *m);

/* Lock @m if that needs no wait: 0 or EBUSY. */
int pthread_mutex_trylock(pthread_mutex_t *m);

/* Lock @m, waiting until CLOCK_REALTIME @abstime: 0, ETIMEDOUT, EDEADLK. */
int pthread_mutex_timedlock(pthread_mutex_t *m, const struct timespec *abstime);

/* 0, or EPERM when the caller does not hold @m. */
int pthread_mutex_unlock(pthread_mutex_t *m);

/* Condition variables. */

int pthread_condattr_init(pthread_condattr_t *attr);
int pthread_condattr_destroy(pthread_condattr_t *attr);

/* The clock of timed waits: CLOCK_REALTIME (default) or CLOCK_MONOTONIC. */
int pthread_condattr_setclock(pthread_condattr_t *attr, clockid_t clk);
int pthread_condattr_getclock(const pthread_condattr_t *attr, clockid_t *clk);

int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *attr);

/* 0, or EBUSY while threads wait on @c. */
int pthread_cond_destroy(pthread_cond_t *c);

/*
 * Unlock @m, wait for a signal on @c, lock @m again. 0, or EPERM when the
 * caller does not hold @m.
 */
int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m);

/* The same, until @abstime on @c's clock: 0, ETIMEDOUT, EPERM, EINVAL. */
int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m,
			   const struct timespec *abstime);

/* Wake one / every thread waiting on @c. */
int pthread_cond_signal(pthread_cond_t *c);
int pthread_cond_broadcast(pthread_cond_t *c);

/* Run @fn once for @once, however many threads call this; 0. */
int pthread_once(pthread_once_t *once, void (*fn)(void));

/*
 * Keys: a value per thread. At thread exit, a non-NULL value's destructor
 * is called with it (the value is reset to NULL first), for up to
 * PTHREAD_DESTRUCTOR_ITERATIONS rounds while destructors set new values.
 * pthread_key_create: 0, EAGAIN (all PTHREAD_KEYS_MAX in use);
 * pthread_setspecific: 0, EINVAL, ENOMEM.
 */
int pthread_key_create(pthread_key_t *key, void (*destructor)(void *));
int pthread_key_delete(pthread_key_t key);
void *pthread_getspecific(pthread_key_t key);
int pthread_setspecific(pthread_key_t key, const void *value);

#endif /* NOLIBC_PTHREAD_H */
