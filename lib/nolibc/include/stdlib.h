/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * nolibc <stdlib.h>: memory from the default allocator (ukalloc), number
 * parsing and leaving the program. exit() stops the whole guest: there is
 * only one program.
 */
#ifndef NOLIBC_STDLIB_H
#define NOLIBC_STDLIB_H

#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

/* Allocate @size bytes (16-byte aligned); return NULL when out of memory. */
void *malloc(size_t size);
/* Allocate @n * @size zeroed bytes; NULL on overflow or out of memory. */
void *calloc(size_t n, size_t size);
/*
 * Resize the block @p to @size bytes, moving it when needed; like malloc
 * for @p == NULL. Return NULL (and keep @p) when out of memory.
 */
void *realloc(void *p, size_t size);
/* Release a block from malloc/calloc/realloc; NULL is ignored. */
void free(void *p);

/* Stop the guest with @status (its low 8 bits reach the host). */
__attribute__((noreturn)) void exit(int status);
/* Crash the guest: crash report, then halt with the crash status. */
__attribute__((noreturn)) void abort(void);

/*
 * Parse an integer in @base (2..36, or 0 for C prefixes 0x/0) after leading
 * white space and an optional sign. Store the first unparsed character in
 * *@end when @end is not NULL. Out-of-range values give the type's limit
 * and set errno to ERANGE.
 */
long strtol(const char *restrict s, char **restrict end, int base);
/* Like strtol for unsigned long; a leading '-' negates the result. */
unsigned long strtoul(const char *restrict s, char **restrict end, int base);
/* Like strtoul for unsigned long long. */
unsigned long long strtoull(const char *restrict s, char **restrict end,
			    int base);
/* Return the decimal number at the start of @s (no error detection). */
int atoi(const char *s);
/* Return the absolute value of @x. */
int abs(int x);

#endif /* NOLIBC_STDLIB_H */
