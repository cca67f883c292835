/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * nolibc <stdio.h>: formatted output to the console and to buffers. There
 * are no streams and no input functions; everything printed goes to the
 * platform console. The conversions are those of <uk/format.h>.
 */
#ifndef NOLIBC_STDIO_H
#define NOLIBC_STDIO_H

#include <stddef.h>
#include <stdarg.h>

#define EOF (-1)

/* Print to the console; return the number of characters written. */
int printf(const char *restrict fmt, ...) __attribute__((format(printf, 1, 2)));
/* va_list variant of printf. */
int vprintf(const char *restrict fmt, va_list ap)
    __attribute__((format(printf, 1, 0)));

/*
 * Format into @buf, writing at most @size bytes including the terminating
 * NUL (none when @size is 0). Return the length the full output would have,
 * so a return value >= @size means the output was truncated.
 */
int snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* va_list variant of snprintf. */
int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt,
	      va_list ap) __attribute__((format(printf, 3, 0)));
/* Format into @buf, which must be large enough; return the length. */
int sprintf(char *restrict buf, const char *restrict fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Print @s and a newline; return a nonnegative number. */
int puts(const char *s);
/* Print the character @c; return it as an unsigned char. */
int putchar(int c);

#endif /* NOLIBC_STDIO_H */
