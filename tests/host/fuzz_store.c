/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * libFuzzer target for ukstore's pure parts. The first input byte picks a
 * type (values past the enum included), the next eight give a raw number,
 * the rest is text. Whatever the text, parsing must not crash, and what it
 * accepts must be in range and survive format-then-parse unchanged; any
 * raw number brought into a type's range must survive the same round
 * trip; and a text that is a valid three-part name must make a clean
 * Prometheus metric name.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "codec.h"
#include "name.h"

#define TEXT_MAX 512

static void fail(const char *what)
{
	fprintf(stderr, "fuzz_store: %s\n", what);
	abort();
}

static bool same(const struct uk_store_value *a, const struct uk_store_value *b)
{
	if (a->type != b->type)
		return false;
	if (a->type == UK_STORE_STRING)
		return strcmp(a->str, b->str) == 0;
	return a->u == b->u;
}

static void round_trip(const struct uk_store_value *v)
{
	struct uk_store_value back;
	char text[160];

	if (store_value_check(v) != 0)
		fail("value out of its type's range");
	if (store_format(v, text, sizeof(text)) < 0)
		fail("format failed");
	if (store_parse(v->type, text, &back) != 0)
		fail("formatted text does not parse");
	if (!same(v, &back))
		fail("round trip changed the value");
}

/* Bring @raw into the range of @t, as a getter of that type might return. */
static void clamp(struct uk_store_value *v, enum uk_store_type t, uint64_t raw)
{
	static const unsigned int bits[] = {
		8, 16, 32, 64, 8, 16, 32, 64, 64, 1
	};

	v->type = t;
	if (t == UK_STORE_STRING) {
		memcpy(v->str, &raw, sizeof(raw));
		v->str[sizeof(raw)] = '\0';
	} else if (t <= UK_STORE_S64) {
		v->s = bits[t] == 64
			   ? (int64_t)raw
			   : (int64_t)(raw << (64 - bits[t])) >> (64 - bits[t]);
	} else {
		v->u = bits[t] == 64 ? raw : raw & ((1ULL << bits[t]) - 1);
	}
}

static void check_prom_name(const char *name)
{
	char family[STORE_PROM_FAMILY_MAX], object[STORE_PROM_OBJECT_MAX];

	if (store_name_components(name) < 1)
		return;
	if (store_prom_name(name, "bytes", UK_STORE_U64, family, sizeof(family),
			    object, sizeof(object)) != 0)
		fail("valid name has no metric name");
	if (strncmp(family, "lantern_", 8) != 0)
		fail("metric name lacks its prefix");
	for (const char *p = family; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9') || *p == '_'))
			fail("metric name has a character Prometheus rejects");
	if (strchr(object, '"') || strchr(object, '\\') || strchr(object, '\n'))
		fail("label value needs escaping");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct uk_store_value v;
	char text[TEXT_MAX + 1];
	enum uk_store_type t;
	uint64_t raw = 0;
	size_t n;

	if (size < 1 + sizeof(raw))
		return 0;
	t = (enum uk_store_type)(data[0] % 16);
	memcpy(&raw, data + 1, sizeof(raw));
	n = MIN(size - 1 - sizeof(raw), (size_t)TEXT_MAX);
	memcpy(text, data + 1 + sizeof(raw), n);
	text[n] = '\0';

	if (store_parse(t, text, &v) == 0) {
		if (!store_type_valid(t) || v.type != t)
			fail("parse accepted a bad type");
		round_trip(&v);
	} else if (store_type_valid(t) && t == UK_STORE_STRING &&
		   strlen(text) < sizeof(v.str)) {
		fail("a short string was refused");
	}
	if (store_type_valid(t)) {
		clamp(&v, t, raw);
		round_trip(&v);
	}
	check_prom_name(text);
	if (!uk_store_strerror((int)raw) || !uk_store_type_name(t))
		fail("no message");
	return 0;
}
