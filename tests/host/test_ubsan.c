/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * UBSan's operand decoding (lib/ubsan/value.c, value_float.c) on type
 * descriptors laid out as GCC and clang emit them: widths, signedness,
 * values inline in the handle and behind it, floats, unknown types, and
 * the two float-cast data layouts.
 */
#include <stdint.h>
#include <string.h>
#include "check.h"
#include "ubsan_data.h"

/* A descriptor with room for its name, as the compilers lay it out. */
#define TYPE(var, k, i, n)                                                     \
	static struct {                                                        \
		struct ubsan_type t;                                           \
		char name[sizeof(n)];                                          \
	} var = { { k, i }, n }

TYPE(s8, UBSAN_TYPE_INT, (3 << 1) | 1, "'signed char'");
TYPE(u8, UBSAN_TYPE_INT, 3 << 1, "'unsigned char'");
TYPE(s32, UBSAN_TYPE_INT, (5 << 1) | 1, "'int'");
TYPE(u32, UBSAN_TYPE_INT, 5 << 1, "'unsigned int'");
TYPE(s64, UBSAN_TYPE_INT, (6 << 1) | 1, "'long int'");
TYPE(u64, UBSAN_TYPE_INT, 6 << 1, "'long unsigned int'");
TYPE(s128, UBSAN_TYPE_INT, (7 << 1) | 1, "'__int128'");
TYPE(f32, UBSAN_TYPE_FLOAT, 32, "'float'");
TYPE(f64, UBSAN_TYPE_FLOAT, 64, "'double'");
TYPE(f80, UBSAN_TYPE_FLOAT, 80, "'long double'");
TYPE(odd, UBSAN_TYPE_UNKNOWN, 0, "'struct s'");

static char buf[64];

#define STR(ty, v) ubsan_value_str(&(ty).t, (uintptr_t)(v), buf, sizeof(buf))

int main(void)
{
	int64_t minus_two = -2;
	__int128 big = ((__int128)1 << 100) + 5;
	float f = 1.5f;
	double d = -2.5e20;
	uint32_t fbits;
	uint64_t dbits;
	long double ld = 1;
	struct ubsan_loc loc = { "x.c", 1, 2 };
	const struct ubsan_type *types[2] = { &f64.t, &s32.t };
	struct ubsan_float_cast_data v2 = { loc, &f64.t, &s32.t };

	CHECK(ubsan_type_bits(&s8.t) == 8, "%u", ubsan_type_bits(&s8.t));
	CHECK(ubsan_type_bits(&s32.t) == 32, "%u", ubsan_type_bits(&s32.t));
	CHECK(ubsan_type_bits(&s128.t) == 128, "%u", ubsan_type_bits(&s128.t));
	CHECK(ubsan_type_bits(&f80.t) == 80, "%u", ubsan_type_bits(&f80.t));
	CHECK(ubsan_type_bits(&odd.t) == 0, "%u", ubsan_type_bits(&odd.t));
	CHECK(ubsan_type_signed(&s32.t) && !ubsan_type_signed(&u32.t), "sign");
	CHECK(!ubsan_type_signed(&f64.t), "floats are not signed integers");

	/* Values narrower than the handle come sign- or zero-extended or
	 * not: only the type's own bits count. */
	CHECK(!strcmp(STR(s32, 0xffffffffUL), "-1"), "%s", buf);
	CHECK(!strcmp(STR(s32, 0x7fffffffUL), "2147483647"), "%s", buf);
	CHECK(!strcmp(STR(s32, (uintptr_t)-2147483648L), "-2147483648"), "%s",
	      buf);
	CHECK(!strcmp(STR(u32, 0xffffffffUL), "4294967295"), "%s", buf);
	CHECK(!strcmp(STR(s8, 0x1ff), "-1"), "%s", buf);
	CHECK(!strcmp(STR(u8, 0x1ff), "255"), "%s", buf);
	CHECK(!strcmp(STR(s64, (uintptr_t)minus_two), "-2"), "%s", buf);
	CHECK(!strcmp(STR(u64, UINT64_MAX), "18446744073709551615"), "%s", buf);
	CHECK(ubsan_value_negative(&s32.t, 0x80000000UL), "int negative");
	CHECK(!ubsan_value_negative(&u32.t, 0x80000000UL), "unsigned");
	CHECK(!ubsan_value_negative(&s32.t, 40), "positive");
	CHECK(ubsan_value_unsigned(&u8.t, 0x1ff) == 255, "low bits only");

	/* Wider than the handle: the handle points at the value. */
	CHECK(!strcmp(STR(s128, &big), "0x00000010000000000000000000000005"),
	      "%s", buf);
	CHECK(!ubsan_value_negative(&s128.t, (uintptr_t)&big), "128 positive");
	big = -big;
	CHECK(ubsan_value_negative(&s128.t, (uintptr_t)&big), "128 negative");

	/* Floats: a float and a double fit the handle on 64-bit hosts. */
	memcpy(&fbits, &f, sizeof(fbits));
	memcpy(&dbits, &d, sizeof(dbits));
	CHECK(!strcmp(STR(f32, fbits), "1.5"), "%s", buf);
	CHECK(!strcmp(STR(f64, dbits), "-2.5e+20"), "%s", buf);
	CHECK(!strcmp(STR(f80, &ld), "<unknown value of type 'long double'>"),
	      "%s", buf);
	CHECK(!strcmp(STR(odd, 0), "<unknown value of type 'struct s'>"), "%s",
	      buf);

	/* Truncation keeps the terminator. */
	ubsan_value_str(&u64.t, UINT64_MAX, buf, 5);
	CHECK(!strcmp(buf, "1844"), "%s", buf);

	CHECK(ubsan_float_cast_is_v1(types), "v1 data starts with a type");
	CHECK(!ubsan_float_cast_is_v1(&v2), "v2 data starts with a file");
	return check_summary("test_ubsan");
}
