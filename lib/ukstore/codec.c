/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Values to text and back (see codec.h), the names of types and errors.
 * Parsing is strict on purpose: a knob set from a shell line or a script
 * should either take exactly the value that was meant or refuse, so there
 * is no strtoul here (it skips blanks, accepts "-1" for unsigned and stops
 * quietly at junk). Integers are accumulated as a 64-bit magnitude and the
 * sign and range are checked afterwards, against a table of limits.
 */
#include <stdio.h>
#include <string.h>
#include <uk/digit.h>
#include "codec.h"

/* Largest value of each integer type; signed types go down to -max - 1. */
static const struct {
	const char *name;
	char sign; /* 's' signed, 'u' unsigned, 0 string */
	uint64_t max;
} types[] = {
	[UK_STORE_S8] = { "s8", 's', INT8_MAX },
	[UK_STORE_S16] = { "s16", 's', INT16_MAX },
	[UK_STORE_S32] = { "s32", 's', INT32_MAX },
	[UK_STORE_S64] = { "s64", 's', INT64_MAX },
	[UK_STORE_U8] = { "u8", 'u', UINT8_MAX },
	[UK_STORE_U16] = { "u16", 'u', UINT16_MAX },
	[UK_STORE_U32] = { "u32", 'u', UINT32_MAX },
	[UK_STORE_U64] = { "u64", 'u', UINT64_MAX },
	[UK_STORE_UPTR] = { "uptr", 'u', UINTPTR_MAX },
	[UK_STORE_BOOL] = { "bool", 'u', 1 },
	[UK_STORE_STRING] = { "string", 0, 0 },
};

static const char *const errors[] = {
	[UK_STORE_ENOENT] = "no such entry",
	[UK_STORE_ENOREAD] = "not readable (write-only)",
	[UK_STORE_ENOWRITE] = "not writable (read-only)",
	[UK_STORE_ETYPE] = "wrong type",
	[UK_STORE_ERANGE] = "out of range",
	[UK_STORE_EINVAL] = "malformed value",
	[UK_STORE_ENOSPC] = "no space",
};

/* The words a bool takes, true ones at odd positions. */
static const char *const bool_words[] = {
	"false", "true", "0", "1", "no", "yes", "off", "on",
};

bool store_type_valid(enum uk_store_type t)
{
	return (unsigned int)t < ARRAY_SIZE(types);
}

const char *uk_store_type_name(enum uk_store_type t)
{
	return store_type_valid(t) ? types[t].name : "?";
}

const char *uk_store_strerror(int err)
{
	unsigned int i = err < 0 ? -(unsigned int)err : (unsigned int)err;

	return i < ARRAY_SIZE(errors) && errors[i] ? errors[i]
						   : "unknown error";
}

int store_value_check(const struct uk_store_value *v)
{
	if (!store_type_valid(v->type))
		return -UK_STORE_ETYPE;
	switch (types[v->type].sign) {
	case 's':
		if (v->s > (int64_t)types[v->type].max ||
		    v->s < -(int64_t)types[v->type].max - 1)
			return -UK_STORE_ERANGE;
		return 0;
	case 'u':
		return v->u > types[v->type].max ? -UK_STORE_ERANGE : 0;
	default:
		return 0;
	}
}

/*
 * Parse an unsigned decimal or 0x-prefixed hex number that makes up all
 * of @s. Malformed text wins over overflow, so "99999999999999999999x" is
 * -UK_STORE_EINVAL: junk is the bigger mistake.
 */
static int parse_magnitude(const char *s, uint64_t *out)
{
	unsigned int base = 10;
	bool overflow = false;
	uint64_t v = 0;

	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
	}
	if (!*s)
		return -UK_STORE_EINVAL;
	for (; *s; s++) {
		unsigned int d = uk_digit_value(*s);

		if (d >= base)
			return -UK_STORE_EINVAL;
		if (v > (UINT64_MAX - d) / base)
			overflow = true;
		else
			v = v * base + d;
	}
	*out = v;
	return overflow ? -UK_STORE_ERANGE : 0;
}

static int parse_signed(enum uk_store_type t, const char *text, int64_t *out)
{
	uint64_t max = types[t].max, mag;
	bool neg = text[0] == '-';
	int rc;

	if (text[0] == '-' || text[0] == '+')
		text++;
	rc = parse_magnitude(text, &mag);
	if (rc < 0)
		return rc;
	if (mag > max + neg)
		return -UK_STORE_ERANGE;
	/*
	 * -(max + 1) as a magnitude does not fit int64_t for s64:
	 * negate unsigned.
	 */
	*out = neg ? (int64_t)(0 - mag) : (int64_t)mag;
	return 0;
}

static int parse_unsigned(enum uk_store_type t, const char *text, uint64_t *out)
{
	uint64_t mag;
	int rc;

	/* "-1" is a well-formed number, just not one an unsigned type holds. */
	if (text[0] == '-') {
		rc = parse_magnitude(text + 1, &mag);
		return rc == -UK_STORE_EINVAL ? rc : -UK_STORE_ERANGE;
	}
	rc = parse_magnitude(text, &mag);
	if (rc < 0)
		return rc;
	if (mag > types[t].max)
		return -UK_STORE_ERANGE;
	*out = mag;
	return 0;
}

static int parse_bool(const char *text, uint64_t *out)
{
	for (size_t i = 0; i < ARRAY_SIZE(bool_words); i++) {
		if (strcmp(text, bool_words[i]) == 0) {
			*out = i & 1;
			return 0;
		}
	}
	return -UK_STORE_EINVAL;
}

int store_parse(enum uk_store_type t, const char *text,
		struct uk_store_value *v)
{
	size_t len;

	if (!store_type_valid(t))
		return -UK_STORE_ETYPE;
	v->type = t;
	if (t == UK_STORE_STRING) {
		len = strlen(text);
		if (len >= sizeof(v->str))
			return -UK_STORE_ENOSPC;
		memcpy(v->str, text, len + 1);
		return 0;
	}
	if (t == UK_STORE_BOOL)
		return parse_bool(text, &v->u);
	if (types[t].sign == 's')
		return parse_signed(t, text, &v->s);
	return parse_unsigned(t, text, &v->u);
}

int store_format(const struct uk_store_value *v, char *buf, size_t len)
{
	int n;

	if (!store_type_valid(v->type))
		return -UK_STORE_ETYPE;
	switch (v->type) {
	case UK_STORE_STRING:
		n = (int)strnlen(v->str, sizeof(v->str) - 1);
		if ((size_t)n >= len)
			return -UK_STORE_ENOSPC;
		memcpy(buf, v->str, n);
		buf[n] = '\0';
		return n;
	case UK_STORE_BOOL:
		n = snprintf(buf, len, "%s", v->u ? "true" : "false");
		break;
	case UK_STORE_UPTR:
		n = snprintf(buf, len, "0x%llx", (unsigned long long)v->u);
		break;
	default:
		if (types[v->type].sign == 's')
			n = snprintf(buf, len, "%lld", (long long)v->s);
		else
			n = snprintf(buf, len, "%llu",
				     (unsigned long long)v->u);
		break;
	}
	return n < 0 || (size_t)n >= len ? -UK_STORE_ENOSPC : n;
}
