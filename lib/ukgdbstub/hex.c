/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Hex codecs and the hex number parser of the GDB stub. The protocol sends
 * numbers big-endian as written ("1f" is 31) with no "0x" and no length
 * limit, so the parser bounds the digit count itself instead of letting a
 * long string wrap around.
 */
#include <uk/digit.h>
#include "hex.h"

int gdb_hex_val(char c)
{
	unsigned int d = uk_digit_value(c);

	return d < 16 ? (int)d : -1;
}

char gdb_hex_digit(unsigned int v)
{
	return "0123456789abcdef"[v & 0xf];
}

size_t gdb_hex_encode(char *dst, const void *src, size_t n)
{
	const uint8_t *s = src;

	for (size_t i = 0; i < n; i++) {
		uint8_t b = s[i];

		dst[2 * i] = gdb_hex_digit(b >> 4);
		dst[2 * i + 1] = gdb_hex_digit(b);
	}
	return 2 * n;
}

long gdb_hex_decode(void *dst, const char *src, size_t nchars)
{
	uint8_t *d = dst;

	if (nchars % 2)
		return -1;
	for (size_t i = 0; i < nchars / 2; i++) {
		int hi = gdb_hex_val(src[2 * i]);
		int lo = gdb_hex_val(src[2 * i + 1]);

		if (hi < 0 || lo < 0)
			return -1;
		d[i] = (uint8_t)(hi << 4 | lo);
	}
	return (long)(nchars / 2);
}

bool gdb_parse_hex(const char **p, const char *end, uint64_t *val)
{
	const char *s = *p;
	uint64_t v = 0;
	int d;

	while (s < end && (d = gdb_hex_val(*s)) >= 0) {
		if (v >> 60)
			return false; /* a 17th significant digit */
		v = v << 4 | (uint64_t)d;
		s++;
	}
	if (s == *p)
		return false;
	*p = s;
	*val = v;
	return true;
}

bool gdb_parse_char(const char **p, const char *end, char c)
{
	if (*p < end && **p == c) {
		(*p)++;
		return true;
	}
	return false;
}

bool gdb_parse_range(const char *p, const char *end, uint64_t *off,
		     uint64_t *len)
{
	return gdb_parse_hex(&p, end, off) && gdb_parse_char(&p, end, ',') &&
	       gdb_parse_hex(&p, end, len) && p == end;
}
