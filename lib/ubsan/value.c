/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Operand decoding: the type descriptors' widths and signedness, and the
 * values as text. Values that fit in a pointer come in the handle itself,
 * wider ones (128-bit integers, long double) through a pointer.
 */
#include <stdio.h>
#include <string.h>
#include "ubsan_data.h"

#define HANDLE_BITS (sizeof(uintptr_t) * 8)

unsigned int ubsan_type_bits(const struct ubsan_type *t)
{
	if (t->kind == UBSAN_TYPE_INT)
		return (t->info >> 1) < 8 ? 1U << (t->info >> 1) : 0;
	if (t->kind == UBSAN_TYPE_FLOAT)
		return t->info;
	return 0;
}

bool ubsan_type_signed(const struct ubsan_type *t)
{
	return t->kind == UBSAN_TYPE_INT && (t->info & 1);
}

static bool inline_value(unsigned int bits)
{
	return bits && bits <= HANDLE_BITS;
}

/* The low 64 bits of an integer, sign-extended from its width. */
static uint64_t int_low64(const struct ubsan_type *t, uintptr_t v)
{
	unsigned int bits = ubsan_type_bits(t);
	uint64_t x;

	if (inline_value(bits))
		x = v;
	else
		memcpy(&x, (const void *)v, sizeof(x)); /* little-endian */
	if (bits < 64) {
		x &= (1ULL << bits) - 1;
		if (ubsan_type_signed(t) && (x >> (bits - 1)))
			x |= ~0ULL << bits;
	}
	return x;
}

uint64_t ubsan_value_unsigned(const struct ubsan_type *t, uintptr_t v)
{
	return int_low64(t, v);
}

bool ubsan_value_negative(const struct ubsan_type *t, uintptr_t v)
{
	unsigned int bits = ubsan_type_bits(t);
	uint64_t top;

	if (!ubsan_type_signed(t) || !bits)
		return false;
	if (bits <= 64)
		return (int64_t)int_low64(t, v) < 0;
	memcpy(&top, (const char *)v + bits / 8 - sizeof(top), sizeof(top));
	return (int64_t)top < 0;
}

char *ubsan_value_str(const struct ubsan_type *t, uintptr_t v, char *buf,
		      size_t len)
{
	unsigned int bits = ubsan_type_bits(t);

	if (t->kind == UBSAN_TYPE_INT && bits && bits <= 64) {
		uint64_t x = int_low64(t, v);

		if (ubsan_type_signed(t))
			snprintf(buf, len, "%lld", (long long)x);
		else
			snprintf(buf, len, "%llu", (unsigned long long)x);
	} else if (t->kind == UBSAN_TYPE_INT && bits == 128) {
		uint64_t w[2];

		memcpy(w, (const void *)v, sizeof(w));
		snprintf(buf, len, "0x%016llx%016llx", (unsigned long long)w[1],
			 (unsigned long long)w[0]);
	} else if (t->kind == UBSAN_TYPE_FLOAT && (bits == 32 || bits == 64)) {
		uint64_t x = 0;

		if (inline_value(bits))
			x = v;
		else
			memcpy(&x, (const void *)v, bits / 8);
		ubsan_float_str(bits, x, buf, len);
	} else {
		snprintf(buf, len, "<unknown value of type %s>", t->name);
	}
	return buf;
}

bool ubsan_float_cast_is_v1(const void *data)
{
	const unsigned char *first = *(const unsigned char *const *)data;

	/* A file name starts with a printable character; a descriptor
	 * with its kind, 0x0000, 0x0001 or 0xffff. */
	return first[0] < 0x20 || first[0] == 0xff;
}
