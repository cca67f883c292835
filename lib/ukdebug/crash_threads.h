/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The crash screen's thread lines (crash_threads.c), with uksched; without
 * it there are no threads to name and these do nothing.
 */
#ifndef UKDEBUG_CRASH_THREADS_H
#define UKDEBUG_CRASH_THREADS_H

#include <uk/arch/traps.h>

#if CONFIG_LIBUKSCHED
/* "Thread: <name> (id N)" for the thread that crashed. */
void crash_thread_name(void);

/*
 * When @ctx's stack pointer or fault address lies in the crashed thread's
 * guard page, print "Stack overflow in thread <name> (id N): ..." and
 * return true; else return false.
 */
bool crash_thread_overflow(const struct ukarch_trapctx *ctx);

/*
 * With CONFIG_LIBUKDEBUG_CRASH_THREADS, every other thread's state and
 * call trace.
 */
void crash_threads_others(void);
#else
static inline void crash_thread_name(void)
{
}

static inline bool
crash_thread_overflow(const struct ukarch_trapctx *ctx __unused)
{
	return false;
}

static inline void crash_threads_others(void)
{
}
#endif

#endif /* UKDEBUG_CRASH_THREADS_H */
