/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * nolibc <string.h>: the memory and string functions the kernel and the
 * applications use. Semantics are those of C11; there is no locale, so
 * comparisons are plain unsigned byte comparisons.
 */
#ifndef NOLIBC_STRING_H
#define NOLIBC_STRING_H

#include <stddef.h>

/* Copy @n bytes from @src to @dst (must not overlap); return @dst. */
void *memcpy(void *restrict dst, const void *restrict src, size_t n);
/* Copy @n bytes from @src to @dst, which may overlap; return @dst. */
void *memmove(void *dst, const void *src, size_t n);
/* Fill @n bytes at @dst with (unsigned char)@c; return @dst. */
void *memset(void *dst, int c, size_t n);
/* Compare @n bytes; return <0, 0 or >0 like the first differing byte. */
int memcmp(const void *a, const void *b, size_t n);
/* Return the first of @n bytes at @s equal to (unsigned char)@c, or NULL. */
void *memchr(const void *s, int c, size_t n);

/* Return the length of @s. */
size_t strlen(const char *s);
/* Return the length of @s, but look at no more than @max bytes. */
size_t strnlen(const char *s, size_t max);
/* Compare two strings; return <0, 0 or >0. */
int strcmp(const char *a, const char *b);
/* Compare at most @n characters of two strings; return <0, 0 or >0. */
int strncmp(const char *a, const char *b, size_t n);
/* Return the first @c in @s (the terminator counts), or NULL. */
char *strchr(const char *s, int c);
/* Return the last @c in @s (the terminator counts), or NULL. */
char *strrchr(const char *s, int c);
/* Copy @src with its terminator to @dst; return @dst. */
char *strcpy(char *restrict dst, const char *restrict src);
/*
 * Copy at most @n characters of @src to @dst and pad with NULs up to @n;
 * @dst is not terminated when @src is @n characters or longer. Return @dst.
 */
char *strncpy(char *restrict dst, const char *restrict src, size_t n);
/* Append @src to @dst; return @dst. */
char *strcat(char *restrict dst, const char *restrict src);
/* Return the first occurrence of @needle in @hay (@hay for ""), or NULL. */
char *strstr(const char *hay, const char *needle);
/* Return the length of the prefix of @s made only of bytes in @accept. */
size_t strspn(const char *s, const char *accept);
/* Return the length of the prefix of @s made only of bytes not in @reject. */
size_t strcspn(const char *s, const char *reject);

#endif /* NOLIBC_STRING_H */
