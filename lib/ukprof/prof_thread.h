/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the sampler needs to know about threads: with uksched the running
 * thread and its stack (thread_sched.c), without it the one thread of
 * the boot stack (thread_single.c).
 */
#ifndef UKPROF_THREAD_H
#define UKPROF_THREAD_H

#include <stddef.h>

/*
 * In the timer interrupt: the id of the interrupted thread and the bounds
 * of its stack, [*@lo, *@hi) (both 0 when unknown).
 */
void prof_thread_now(unsigned long *tid, unsigned long *lo, unsigned long *hi);

/*
 * The name of thread @tid into @buf of @len bytes: the thread's own name
 * while it exists, else "thread-<tid>".
 */
void prof_thread_name(unsigned long tid, char *buf, size_t len);

#endif /* UKPROF_THREAD_H */
