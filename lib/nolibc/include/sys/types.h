/* SPDX-License-Identifier: BSD-3-Clause */
/* nolibc <sys/types.h>: the POSIX scalar types the other headers use. */
#ifndef NOLIBC_SYS_TYPES_H
#define NOLIBC_SYS_TYPES_H

#include <stddef.h>

typedef long time_t;		 /* seconds since 1970-01-01 00:00 UTC */
typedef int clockid_t;		 /* CLOCK_REALTIME, CLOCK_MONOTONIC */
typedef unsigned int useconds_t; /* microseconds, for usleep() */
typedef long ssize_t;

#endif /* NOLIBC_SYS_TYPES_H */
