/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to uksched: the ukstore entries of each thread (thread_store.c),
 * "uksched/<id>/{name,state,cpu_time_ns,switches,stack_used_max}". The
 * scheduler calls these two where a thread joins and leaves the thread
 * list; without ukstore they do nothing.
 */
#ifndef UKSCHED_THREAD_STORE_H
#define UKSCHED_THREAD_STORE_H

#include <uk/sched.h>

#if CONFIG_LIBUKSTORE
/*
 * Add @t's entries. Call after @t is in the thread list, with interrupts
 * enabled (it allocates), not from an interrupt handler. Threads that
 * exist before ukstore's init level get theirs at that level instead.
 */
void uk_sched_store_thread_added(struct uk_thread *t);

/* Remove @t's entries. Call before @t is freed; same context rules. */
void uk_sched_store_thread_removed(struct uk_thread *t);
#else
static inline void uk_sched_store_thread_added(struct uk_thread *t __unused)
{
}

static inline void uk_sched_store_thread_removed(struct uk_thread *t __unused)
{
}
#endif

#endif /* UKSCHED_THREAD_STORE_H */
