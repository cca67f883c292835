/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uksched: threads on one CPU. Each thread has its own stack with an
 * unmapped guard page below it, a name, a state and an id that is never
 * reused (main() runs as thread 1 "main", the idle thread is 2). The
 * scheduler is round-robin over a FIFO ready queue (O(1) per operation);
 * threads give up the CPU by yielding or blocking, and, with
 * LIBUKSCHED_PREEMPT, when their time slice runs out (timer interrupt).
 * Sleeps and timeouts run on the platform's one-shot timer; with no
 * deadline pending nothing ticks and the idle thread halts the CPU.
 *
 * Blocking follows one pattern: mask interrupts, test the condition, call
 * uk_waitq_wait() while it does not hold (it returns with interrupts still
 * masked), test again. Wake-ups (uk_waitq_wake_*, uk_semaphore_up) are
 * safe in interrupt handlers.
 *
 * Debuggers, the crash screen and `ps` walk the threads with
 * uk_thread_first()/uk_thread_next() while nothing else runs (interrupts
 * masked, or the world stopped by a trap).
 */
#ifndef UK_SCHED_H
#define UK_SCHED_H

#include <uk/essentials.h>
#include <uk/arch/ctx.h>
#include <uk/asm/regs.h>

#define UK_THREAD_NAME_MAX 32

enum uk_thread_state {
	UK_THREAD_RUNNING,  /* on the CPU */
	UK_THREAD_READY,    /* in the ready queue */
	UK_THREAD_BLOCKED,  /* in a wait queue, maybe with a deadline */
	UK_THREAD_SLEEPING, /* waiting for a deadline only */
	UK_THREAD_EXITED,   /* finished, waiting to be joined */
};

struct uk_thread;

/* A FIFO of blocked threads. */
struct uk_waitq {
	struct uk_thread *head, *tail;
};

#define UK_WAITQ_INITIALIZER                                                   \
	{                                                                      \
		NULL, NULL                                                     \
	}

struct uk_thread {
	struct ukarch_ctx ctx; /* what it resumes with, when not running */
	unsigned long id;
	char name[UK_THREAD_NAME_MAX];
	enum uk_thread_state state;
	/* Blocked or sleeping: on what ("mutex", "cond", "sleep", "join"..). */
	const char *wait_what;
	/* Preempted by an interrupt: the interrupted frame (every register
	 * of the code it runs next); NULL when it gave up the CPU itself. */
	struct __regs *irq_regs;
	uintptr_t stack_lo, stack_hi; /* usable stack; guard page below lo */
	uint64_t cpu_time_ns; /* time on the CPU, up to its last switch */
	uint64_t switches;    /* times it was switched in */
	int err;	      /* errno */
	void *posix;	      /* the POSIX layer's per-thread data */

	/* Scheduler's own from here on. */
	uint64_t ran_since;	 /* when it was last switched in */
	uint64_t deadline;	 /* wake-up time when sleeping/timed; 0: none */
	int wake_status;	 /* 0: woken, -ETIMEDOUT: its deadline passed */
	unsigned int flags;	 /* UK_THREAD_F_* */
	struct uk_waitq *wq;	 /* the queue it is blocked on */
	struct uk_thread *qnext; /* ready or wait queue */
	struct uk_thread *tnext; /* timer list, by deadline */
	struct uk_thread *all_next, *all_prev; /* every thread, by id */
	void *(*fn)(void *);
	void *arg, *retval;
	struct uk_waitq joiners;
};

#define UK_THREAD_F_DETACHED  0x1 /* freed when it exits */
#define UK_THREAD_F_OWN_STACK 0x2 /* stack allocated by uksched */
#define UK_THREAD_F_JOINED    0x4 /* a join has claimed it */

/*
 * Create a thread called @name running @fn(@arg) on a stack of
 * @stack_size bytes (0: CONFIG_LIBUKSCHED_STACK_SIZE), rounded up to
 * pages, with a guard page below it, and put it in the ready queue.
 * Returning from @fn is uk_thread_exit() with its value. Return the
 * thread, or NULL when memory is short.
 */
struct uk_thread *uk_thread_create(const char *name, void *(*fn)(void *),
				   void *arg, size_t stack_size);

/*
 * Wait for @t to exit, store its value in @retval (if not NULL) and free
 * it. Return 0, -EDEADLK when @t is the caller, -EINVAL when @t is
 * detached or already being joined.
 */
int uk_thread_join(struct uk_thread *t, void **retval);

/* Let @t be freed when it exits instead of joined. 0, or -EINVAL. */
int uk_thread_detach(struct uk_thread *t);

/* End the calling thread with @retval for its joiner. */
__noreturn void uk_thread_exit(void *retval);

/* The running thread. */
struct uk_thread *uk_thread_current(void);

/* Rename @t (truncated to UK_THREAD_NAME_MAX - 1 characters). */
void uk_thread_set_name(struct uk_thread *t, const char *name);

/* "running", "ready", "blocked", "sleeping" or "exited". */
const char *uk_thread_state_name(enum uk_thread_state s);

/* Every thread, by increasing id; NULL after the last. See above. */
struct uk_thread *uk_thread_first(void);
struct uk_thread *uk_thread_next(const struct uk_thread *t);

/* The thread with id @id, or NULL. Same rules as uk_thread_first. */
struct uk_thread *uk_thread_find(unsigned long id);

/*
 * Deepest stack use so far, in bytes: stacks are filled with a pattern
 * at creation, and this finds the lowest byte that changed.
 */
size_t uk_thread_stack_used_max(const struct uk_thread *t);

/* Time on the CPU until now, the running thread's current slice included. */
uint64_t uk_thread_cpu_time_ns(const struct uk_thread *t);

/*
 * Call @fn for every thread waiting for a deadline (sleeping, or in a
 * wait with a timeout), by increasing id: its ->deadline is when it
 * wakes. Call with interrupts masked. For debugging views.
 */
void uk_sched_timed_threads(void (*fn)(void *arg, const struct uk_thread *t),
			    void *arg);

/* Give the CPU to the next ready thread, if any. */
void uk_sched_yield(void);

/* Sleep for @ns nanoseconds / until monotonic time @deadline_ns. */
void uk_sched_sleep_ns(uint64_t ns);
void uk_sched_sleep_until(uint64_t deadline_ns);

/* Threads alive or waiting to be joined, idle included. */
unsigned long uk_sched_thread_count(void);

/* Context switches since boot. */
uint64_t uk_sched_switches(void);

/* Time the idle thread had the CPU (the CPU halted, mostly). */
uint64_t uk_sched_idle_ns(void);

/*
 * Only @t may run (a debugger's scheduler locking); NULL lifts that. While
 * @t cannot run, the CPU idles.
 */
void uk_sched_lock_to(struct uk_thread *t);

/* Wait queues: see the blocking pattern at the top. */
static inline void uk_waitq_init(struct uk_waitq *wq)
{
	wq->head = wq->tail = NULL;
}

/*
 * Block the running thread on @wq, described as @what, until woken or
 * until monotonic time @deadline_ns (0: no deadline). Call and return
 * with interrupts masked. Return 0 when woken, -ETIMEDOUT.
 */
int uk_waitq_wait(struct uk_waitq *wq, const char *what, uint64_t deadline_ns);

/* Make the first / every thread waiting on @wq ready. Return how many. */
int uk_waitq_wake_one(struct uk_waitq *wq);
int uk_waitq_wake_all(struct uk_waitq *wq);

/* Mutexes: the owner may lock a recursive one again. */
struct uk_mutex {
	struct uk_thread *owner;
	unsigned int depth;
	bool recursive;
	struct uk_waitq wq;
};

#define UK_MUTEX_INITIALIZER(rec)                                              \
	{                                                                      \
		NULL, 0, rec, UK_WAITQ_INITIALIZER                             \
	}

void uk_mutex_init(struct uk_mutex *m, bool recursive);

/*
 * Lock @m, waiting until monotonic time @deadline_ns (0: for ever).
 * Return 0, -EDEADLK when the caller owns a non-recursive @m, -ETIMEDOUT.
 */
int uk_mutex_lock_until(struct uk_mutex *m, uint64_t deadline_ns);

static inline int uk_mutex_lock(struct uk_mutex *m)
{
	return uk_mutex_lock_until(m, 0);
}

/* Lock @m if that needs no wait: 0, or -EBUSY (-EDEADLK as above). */
int uk_mutex_trylock(struct uk_mutex *m);

/* Unlock @m: 0, or -EPERM when the caller does not own it. */
int uk_mutex_unlock(struct uk_mutex *m);

/* Counting semaphores. */
struct uk_semaphore {
	long count;
	struct uk_waitq wq;
};

#define UK_SEMAPHORE_INITIALIZER(n)                                            \
	{                                                                      \
		n, UK_WAITQ_INITIALIZER                                        \
	}

void uk_semaphore_init(struct uk_semaphore *s, long count);

/* Take one unit, waiting until @deadline_ns (0: for ever): 0, -ETIMEDOUT. */
int uk_semaphore_down_until(struct uk_semaphore *s, uint64_t deadline_ns);

/* Take one unit if there is one: 0, or -EAGAIN. */
int uk_semaphore_trydown(struct uk_semaphore *s);

/* Give one unit back, waking a waiter. Safe in interrupt handlers. */
void uk_semaphore_up(struct uk_semaphore *s);

/* Condition variables, used with a uk_mutex. */
struct uk_condvar {
	struct uk_waitq wq;
};

#define UK_CONDVAR_INITIALIZER                                                 \
	{                                                                      \
		UK_WAITQ_INITIALIZER                                           \
	}

void uk_condvar_init(struct uk_condvar *c);

/*
 * Unlock @m, wait for a signal on @c or monotonic time @deadline_ns (0:
 * for ever), lock @m again. Return 0, -ETIMEDOUT, -EPERM (@m not owned).
 */
int uk_condvar_wait_until(struct uk_condvar *c, struct uk_mutex *m,
			  uint64_t deadline_ns);

void uk_condvar_signal(struct uk_condvar *c);
void uk_condvar_broadcast(struct uk_condvar *c);

#endif /* UK_SCHED_H */
