/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * nolibc <errno.h>: error numbers (Linux values, so they read familiar in
 * logs) and errno, one per thread when uksched is built. Kernel interfaces
 * return negative error numbers instead of setting errno.
 */
#ifndef NOLIBC_ERRNO_H
#define NOLIBC_ERRNO_H

#define EPERM	  1
#define ENOENT	  2
#define ESRCH	  3
#define EINTR	  4
#define EIO	  5
#define E2BIG	  7
#define EAGAIN	  11
#define ENOMEM	  12
#define EFAULT	  14
#define EBUSY	  16
#define EEXIST	  17
#define EINVAL	  22
#define ENOSPC	  28
#define ERANGE	  34
#define EDEADLK	  35
#define ENOSYS	  38
#define ETIMEDOUT 110

/* The calling thread's errno (before threads exist: the boot's own). */
int *__errno_location(void);

/* Set by the library functions documented to do so (strtol & co.). */
#define errno (*__errno_location())

#endif /* NOLIBC_ERRNO_H */
