/* SPDX-License-Identifier: BSD-3-Clause */
/* nolibc <unistd.h>: sleeping, the part of it a unikernel has. */
#ifndef NOLIBC_UNISTD_H
#define NOLIBC_UNISTD_H

#include <sys/types.h>

/* Sleep for @seconds at least; return 0 (nothing interrupts a sleep). */
unsigned int sleep(unsigned int seconds);

/* Sleep for @usec microseconds at least; return 0. */
int usleep(useconds_t usec);

#endif /* NOLIBC_UNISTD_H */
