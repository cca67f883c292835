/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukgdbstub: the hex codecs and the number parser every packet
 * handler uses. Parsing works on a cursor and an end pointer, never past
 * the end, so packet data need not be terminated (binary 'X' data holds
 * NULs). Host-tested (tests/host/test_gdbstub.c).
 */
#ifndef UK_GDBSTUB_HEX_H
#define UK_GDBSTUB_HEX_H

#include <uk/essentials.h>

/* Return the value of hex digit @c (either case), or -1. */
int gdb_hex_val(char c);

/* Return the lower-case hex digit for the low four bits of @v. */
char gdb_hex_digit(unsigned int v);

/* Write the @n bytes at @src as 2 * @n hex digits to @dst; return 2 * @n. */
size_t gdb_hex_encode(char *dst, const void *src, size_t n);

/*
 * Decode the @nchars hex digits at @src into @dst (@nchars / 2 bytes; @dst
 * may be @src). Return the byte count, or -1 when @nchars is odd or a
 * character is not a hex digit (@dst then holds garbage).
 */
long gdb_hex_decode(void *dst, const char *src, size_t nchars);

/*
 * Parse a hex number of 1 to 16 digits at *@p (before @end) into *@val and
 * advance *@p past it. Return false, leaving *@p alone, when there is no
 * digit or the value does not fit 64 bits.
 */
bool gdb_parse_hex(const char **p, const char *end, uint64_t *val);

/* If *@p (before @end) is @c, step past it and return true. */
bool gdb_parse_char(const char **p, const char *end, char c);

/* Parse "offset,length" (hex) filling [@p, @end) exactly, as qXfer and
 * the stub's other ranged requests carry them. */
bool gdb_parse_range(const char *p, const char *end, uint64_t *off,
		     uint64_t *len);

#endif /* UK_GDBSTUB_HEX_H */
