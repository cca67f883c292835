/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * nolibc <limits.h>: ranges of the integer types, taken from the compiler's
 * predefined macros. GCC's own limits.h chains to the C library's with
 * #include_next, which does not exist under -nostdinc, so this file shadows
 * it.
 */
#ifndef NOLIBC_LIMITS_H
#define NOLIBC_LIMITS_H

#define CHAR_BIT __CHAR_BIT__

#define SCHAR_MAX __SCHAR_MAX__
#define SCHAR_MIN (-SCHAR_MAX - 1)
#define UCHAR_MAX (SCHAR_MAX * 2 + 1)
#ifdef __CHAR_UNSIGNED__ /* plain char is unsigned on arm64 */
#define CHAR_MIN 0
#define CHAR_MAX UCHAR_MAX
#else
#define CHAR_MIN SCHAR_MIN
#define CHAR_MAX SCHAR_MAX
#endif

#define SHRT_MAX  __SHRT_MAX__
#define SHRT_MIN  (-SHRT_MAX - 1)
#define USHRT_MAX (SHRT_MAX * 2 + 1)

#define INT_MAX	 __INT_MAX__
#define INT_MIN	 (-INT_MAX - 1)
#define UINT_MAX (INT_MAX * 2U + 1U)

#define LONG_MAX  __LONG_MAX__
#define LONG_MIN  (-LONG_MAX - 1L)
#define ULONG_MAX (LONG_MAX * 2UL + 1UL)

#define LLONG_MAX  __LONG_LONG_MAX__
#define LLONG_MIN  (-LLONG_MAX - 1LL)
#define ULLONG_MAX (LLONG_MAX * 2ULL + 1ULL)

/* Also in <stdint.h>; the definitions are identical. */
#ifndef SIZE_MAX
#define SIZE_MAX __SIZE_MAX__
#endif

/*
 * POSIX threads (<pthread.h>): the keys, the destructor rounds at thread
 * exit, the smallest stack pthread_attr_setstacksize() takes.
 */
#define PTHREAD_KEYS_MAX	      128
#define PTHREAD_DESTRUCTOR_ITERATIONS 4
#define PTHREAD_STACK_MIN	      16384

#endif /* NOLIBC_LIMITS_H */
