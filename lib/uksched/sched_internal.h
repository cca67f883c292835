/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the uksched files share. Everything here runs with interrupts
 * masked: that is the scheduler's lock (one CPU).
 */
#ifndef UKSCHED_INTERNAL_H
#define UKSCHED_INTERNAL_H

#include <uk/sched.h>

extern struct uk_thread *sched_current;
extern struct uk_thread *sched_idle;

/* Put @t at the tail of the ready queue, state READY. */
void sched_make_ready(struct uk_thread *t);

/*
 * The running thread gives up the CPU; its state says why (READY: it is
 * queued again; anything else: it waits). Returns when it runs again.
 */
void sched_reschedule(void);

/* Ask for a switch at the end of the current interrupt. */
void sched_need_resched(void);

/* Whether a thread other than the running one is ready. */
bool sched_others_ready(void);

/* Put @t on the timer list to be woken at its ->deadline. */
void sched_timer_add(struct uk_thread *t);

/* Take @t off the timer list, if it is there. */
void sched_timer_del(struct uk_thread *t);

/* Program the platform timer for the next event: slice end or deadline. */
void sched_timer_update(void);

/* Set up the timer at boot. */
void sched_timer_init(void);

/* Take @t off the wait queue it is blocked on (deadline passed). */
void waitq_remove(struct uk_waitq *wq, struct uk_thread *t);

/* Make a thread blocked or sleeping ready, with @status for its wait. */
void sched_wake(struct uk_thread *t, int status);

/* Thread life cycle (thread.c). */
/* A thread set up to run @fn(@arg), not yet queued (NULL: no memory). */
struct uk_thread *thread_new(const char *name, void *(*fn)(void *), void *arg,
			     size_t stack_size);
void thread_list_add(struct uk_thread *t);
void thread_reap(void);
void thread_paint_stack(uintptr_t lo, uintptr_t hi);

#endif /* UKSCHED_INTERNAL_H */
