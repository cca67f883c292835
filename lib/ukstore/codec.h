/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukstore: values to text and back, and the range of each type.
 * Pure functions without kernel dependencies, so that the host tests and
 * the fuzzer build codec.c as it is.
 */
#ifndef UK_STORE_CODEC_H
#define UK_STORE_CODEC_H

#include <uk/store.h>

/* Return true when @t is one of the enum's values. */
bool store_type_valid(enum uk_store_type t);

/*
 * Check that the number in @v fits @v->type (bool: 0 or 1). Return 0,
 * -UK_STORE_ERANGE, or -UK_STORE_ETYPE for an unknown type. Strings always
 * fit.
 */
int store_value_check(const struct uk_store_value *v);

/*
 * Parse @text strictly as a value of type @t into @v: decimal or 0x hex,
 * a sign only for signed types, no blanks or trailing characters, the
 * type's range; the bool words; a string of at most sizeof(v->str) - 1
 * characters. Return 0, -UK_STORE_EINVAL, -UK_STORE_ERANGE,
 * -UK_STORE_ENOSPC (string too long) or -UK_STORE_ETYPE (unknown type).
 */
int store_parse(enum uk_store_type t, const char *text,
		struct uk_store_value *v);

/*
 * Write @v as text into @buf of @len bytes (decimal, "0x" hex for uptr,
 * "true"/"false", the string). Return the text's length, or
 * -UK_STORE_ENOSPC when it does not fit (@buf then holds nothing useful),
 * -UK_STORE_ETYPE for an unknown type.
 */
int store_format(const struct uk_store_value *v, char *buf, size_t len);

#endif /* UK_STORE_CODEC_H */
