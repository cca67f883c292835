/* SPDX-License-Identifier: BSD-3-Clause */
/* nolibc <sched.h>: giving up the CPU. */
#ifndef NOLIBC_SCHED_H
#define NOLIBC_SCHED_H

#include <time.h>

/*
 * Let the other ready threads run before the caller goes on; return 0.
 * Without uksched there are none, and it returns at once.
 */
int sched_yield(void);

#endif /* NOLIBC_SCHED_H */
