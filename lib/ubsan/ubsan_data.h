/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The static data the compilers pass to the handlers (the layout GCC's
 * libsanitizer and clang's compiler-rt share), and the operand decoding,
 * which is pure and also built for the host tests.
 */
#ifndef UBSAN_DATA_H
#define UBSAN_DATA_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

struct ubsan_loc {
	const char *file;
	uint32_t line;
	uint32_t column; /* bit 31: already reported */
};

#define UBSAN_TYPE_INT	   0x0000
#define UBSAN_TYPE_FLOAT   0x0001
#define UBSAN_TYPE_UNKNOWN 0xffff

struct ubsan_type {
	uint16_t kind;
	/* Integers: bit 0 signed, bits 1.. log2 of the width in bits.
	 * Floats: the width in bits. */
	uint16_t info;
	char name[]; /* "'int'" */
};

struct ubsan_overflow_data {
	struct ubsan_loc loc;
	const struct ubsan_type *type;
};

struct ubsan_shift_data {
	struct ubsan_loc loc;
	const struct ubsan_type *lhs_type;
	const struct ubsan_type *rhs_type;
};

struct ubsan_oob_data {
	struct ubsan_loc loc;
	const struct ubsan_type *array_type;
	const struct ubsan_type *index_type;
};

struct ubsan_type_mismatch_data {
	struct ubsan_loc loc;
	const struct ubsan_type *type;
	uint8_t log_alignment;
	uint8_t check_kind;
};

struct ubsan_vla_data {
	struct ubsan_loc loc;
	const struct ubsan_type *type;
};

struct ubsan_invalid_value_data {
	struct ubsan_loc loc;
	const struct ubsan_type *type;
};

struct ubsan_nonnull_arg_data {
	struct ubsan_loc loc;
	struct ubsan_loc attr_loc;
	int arg_index;
};

struct ubsan_nonnull_return_data {
	struct ubsan_loc attr_loc;
};

struct ubsan_pointer_overflow_data {
	struct ubsan_loc loc;
};

struct ubsan_invalid_builtin_data {
	struct ubsan_loc loc;
	uint8_t kind; /* 0: ctz, 1: clz */
};

struct ubsan_unreachable_data {
	struct ubsan_loc loc;
};

/* clang's float-cast data; a v1 layout without location also exists. */
struct ubsan_float_cast_data {
	struct ubsan_loc loc;
	const struct ubsan_type *from_type;
	const struct ubsan_type *to_type;
};

struct ubsan_float_cast_data_v1 {
	const struct ubsan_type *from_type;
	const struct ubsan_type *to_type;
};

/* Width in bits of an integer or float type; 0 when unknown. */
unsigned int ubsan_type_bits(const struct ubsan_type *t);

/* A signed integer type. */
bool ubsan_type_signed(const struct ubsan_type *t);

/*
 * Whether the value handle @v (the value itself when the type fits in a
 * pointer, else its address) holds a negative integer of type @t.
 */
bool ubsan_value_negative(const struct ubsan_type *t, uintptr_t v);

/* The integer in value handle @v as unsigned (its low 64 bits). */
uint64_t ubsan_value_unsigned(const struct ubsan_type *t, uintptr_t v);

/*
 * Write the value handle @v of type @t into @buf as text: integers in
 * decimal (128-bit ones in hex), floats as %g when their width is known,
 * anything else as "<unknown value of type T>". Return @buf.
 */
char *ubsan_value_str(const struct ubsan_type *t, uintptr_t v, char *buf,
		      size_t len);

/*
 * Float formatting, in a source that may use floating point: @bits holds
 * the raw 32 or 64 bit value. Return false for other widths.
 */
bool ubsan_float_str(unsigned int width, uint64_t bits, char *buf, size_t len);

/* The float-cast data's layout: v1 data starts with a type descriptor. */
bool ubsan_float_cast_is_v1(const void *data);

#endif /* UBSAN_DATA_H */
