/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What nolibc's POSIX files share. The thread-dependent half has two
 * implementations, chosen in Makefile.uk: on uksched (pthread_sched.c,
 * pthread_sync_sched.c) and for the one thread there is without it
 * (pthread_single.c, pthread_sync_single.c).
 */
#ifndef NOLIBC_POSIX_H
#define NOLIBC_POSIX_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#define NSEC_PER_SEC 1000000000ULL

/*
 * The monotonic time (ukplat_monotonic_ns) at which @abstime on @clk
 * comes, never 0 (uksched's "no deadline"): 0 or EINVAL.
 */
int posix_deadline(clockid_t clk, const struct timespec *abstime,
		   uint64_t *deadline_ns);

/* Sleep until monotonic time @deadline_ns. */
void posix_sleep_until(uint64_t deadline_ns);

/* The stack size of a thread created without one. */
size_t posix_default_stacksize(void);

/* Where the calling thread keeps its key values (struct uk_thread.posix). */
void **posix_tsd_slot(void);

/*
 * Run the calling thread's key destructors and free its values; the
 * thread is exiting.
 */
void posix_tsd_exit(void);

/* Serialise changes to the key table. */
void posix_lock(void);
void posix_unlock(void);

#endif /* NOLIBC_POSIX_H */
