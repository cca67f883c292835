/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukstore's pure parts on the host: the value codec and the name rules
 * against tables of cases, and the heapsort against qsort (the registry
 * itself: test_store.c).
 */
#include <stdlib.h>
#include <string.h>
#include <uk/store.h>
#include "check.h"
#include "codec.h"
#include "name.h"
#include "sort.h"

#define E(x) (-UK_STORE_##x)

/* --- codec ------------------------------------------------------------ */

static const struct parse_case {
	enum uk_store_type t;
	const char *text;
	int rc;
	uint64_t bits; /* expected value, signed ones as two's complement */
} parse_cases[] = {
	{ UK_STORE_S8, "127", 0, 127 },
	{ UK_STORE_S8, "-128", 0, (uint64_t)-128 },
	{ UK_STORE_S8, "+5", 0, 5 },
	{ UK_STORE_S8, "0x7f", 0, 127 },
	{ UK_STORE_S8, "-0x80", 0, (uint64_t)-128 },
	{ UK_STORE_S8, "-0", 0, 0 },
	{ UK_STORE_S8, "128", E(ERANGE), 0 },
	{ UK_STORE_S8, "-129", E(ERANGE), 0 },
	{ UK_STORE_S8, "0x80", E(ERANGE), 0 },
	{ UK_STORE_S8, "", E(EINVAL), 0 },
	{ UK_STORE_S8, " 1", E(EINVAL), 0 },
	{ UK_STORE_S8, "1 ", E(EINVAL), 0 },
	{ UK_STORE_S8, "1x", E(EINVAL), 0 },
	{ UK_STORE_S8, "-", E(EINVAL), 0 },
	{ UK_STORE_S8, "+", E(EINVAL), 0 },
	{ UK_STORE_S8, "--1", E(EINVAL), 0 },
	{ UK_STORE_S8, "+-1", E(EINVAL), 0 },
	{ UK_STORE_S8, "0x", E(EINVAL), 0 },
	{ UK_STORE_S8, "0x-1", E(EINVAL), 0 },
	{ UK_STORE_S8, "1.0", E(EINVAL), 0 },
	{ UK_STORE_S16, "32767", 0, 32767 },
	{ UK_STORE_S16, "-32768", 0, (uint64_t)-32768 },
	{ UK_STORE_S16, "32768", E(ERANGE), 0 },
	{ UK_STORE_S16, "-32769", E(ERANGE), 0 },
	{ UK_STORE_S32, "2147483647", 0, 2147483647 },
	{ UK_STORE_S32, "-2147483648", 0, (uint64_t)-2147483648LL },
	{ UK_STORE_S32, "2147483648", E(ERANGE), 0 },
	{ UK_STORE_S64, "9223372036854775807", 0, INT64_MAX },
	{ UK_STORE_S64, "-9223372036854775808", 0, (uint64_t)INT64_MIN },
	{ UK_STORE_S64, "-0x8000000000000000", 0, (uint64_t)INT64_MIN },
	{ UK_STORE_S64, "9223372036854775808", E(ERANGE), 0 },
	{ UK_STORE_S64, "-9223372036854775809", E(ERANGE), 0 },
	{ UK_STORE_S64, "99999999999999999999", E(ERANGE), 0 },
	{ UK_STORE_S64, "99999999999999999999x", E(EINVAL), 0 },
	{ UK_STORE_U8, "255", 0, 255 },
	{ UK_STORE_U8, "0", 0, 0 },
	{ UK_STORE_U8, "007", 0, 7 },
	{ UK_STORE_U8, "0xff", 0, 255 },
	{ UK_STORE_U8, "0XFF", 0, 255 },
	{ UK_STORE_U8, "0xFf", 0, 255 },
	{ UK_STORE_U8, "256", E(ERANGE), 0 },
	{ UK_STORE_U8, "0x100", E(ERANGE), 0 },
	{ UK_STORE_U8, "-1", E(ERANGE), 0 },
	{ UK_STORE_U8, "-0", E(ERANGE), 0 },
	{ UK_STORE_U8, "-x", E(EINVAL), 0 },
	{ UK_STORE_U8, "-", E(EINVAL), 0 },
	{ UK_STORE_U8, "+1", E(EINVAL), 0 },
	{ UK_STORE_U8, "0xg", E(EINVAL), 0 },
	{ UK_STORE_U16, "65535", 0, 65535 },
	{ UK_STORE_U16, "65536", E(ERANGE), 0 },
	{ UK_STORE_U32, "4294967295", 0, 4294967295u },
	{ UK_STORE_U32, "4294967296", E(ERANGE), 0 },
	{ UK_STORE_U64, "18446744073709551615", 0, UINT64_MAX },
	{ UK_STORE_U64, "0xffffffffffffffff", 0, UINT64_MAX },
	{ UK_STORE_U64, "0x0000000000000000000001", 0, 1 },
	{ UK_STORE_U64, "18446744073709551616", E(ERANGE), 0 },
	{ UK_STORE_U64, "0x10000000000000000", E(ERANGE), 0 },
	{ UK_STORE_UPTR, "0x1000", 0, 0x1000 },
	{ UK_STORE_UPTR, "4096", 0, 0x1000 },
	{ UK_STORE_UPTR, "0xffffffffffffffff", 0, UINT64_MAX },
	{ UK_STORE_UPTR, "-1", E(ERANGE), 0 },
	{ UK_STORE_BOOL, "true", 0, 1 },
	{ UK_STORE_BOOL, "false", 0, 0 },
	{ UK_STORE_BOOL, "1", 0, 1 },
	{ UK_STORE_BOOL, "0", 0, 0 },
	{ UK_STORE_BOOL, "yes", 0, 1 },
	{ UK_STORE_BOOL, "no", 0, 0 },
	{ UK_STORE_BOOL, "on", 0, 1 },
	{ UK_STORE_BOOL, "off", 0, 0 },
	{ UK_STORE_BOOL, "True", E(EINVAL), 0 },
	{ UK_STORE_BOOL, "2", E(EINVAL), 0 },
	{ UK_STORE_BOOL, "", E(EINVAL), 0 },
	{ UK_STORE_BOOL, "truex", E(EINVAL), 0 },
	{ UK_STORE_BOOL, "0x1", E(EINVAL), 0 },
	{ (enum uk_store_type)99, "1", E(ETYPE), 0 },
};

static void test_parse(void)
{
	char longest[128], too_long[129];
	struct uk_store_value v;

	for (size_t i = 0; i < ARRAY_LEN(parse_cases); i++) {
		const struct parse_case *c = &parse_cases[i];
		int rc = store_parse(c->t, c->text, &v);

		CHECK(rc == c->rc, "parse %s '%s': %d, expected %d",
		      uk_store_type_name(c->t), c->text, rc, c->rc);
		if (rc == 0 && c->rc == 0)
			CHECK(v.u == c->bits && v.type == c->t,
			      "parse %s '%s': value %llx, expected %llx",
			      uk_store_type_name(c->t), c->text,
			      (unsigned long long)v.u,
			      (unsigned long long)c->bits);
	}

	CHECK(store_parse(UK_STORE_STRING, "", &v) == 0 && v.str[0] == '\0',
	      "empty string");
	CHECK(store_parse(UK_STORE_STRING, " a \"b\" ", &v) == 0 &&
		  strcmp(v.str, " a \"b\" ") == 0,
	      "string as is");
	memset(longest, 'x', sizeof(longest) - 1);
	longest[sizeof(longest) - 1] = '\0';
	CHECK(store_parse(UK_STORE_STRING, longest, &v) == 0 &&
		  strlen(v.str) == 127,
	      "127 characters fit");
	memset(too_long, 'x', sizeof(too_long) - 1);
	too_long[sizeof(too_long) - 1] = '\0';
	CHECK(store_parse(UK_STORE_STRING, too_long, &v) == E(ENOSPC),
	      "128 do not");
}

static void check_format(enum uk_store_type t, uint64_t bits, const char *want)
{
	struct uk_store_value v = { .type = t, .u = bits };
	size_t n = strlen(want);
	char buf[64];
	int rc;

	rc = store_format(&v, buf, sizeof(buf));
	CHECK(rc == (int)n && strcmp(buf, want) == 0,
	      "format %s: '%s', expected '%s'", uk_store_type_name(t),
	      rc >= 0 ? buf : "(error)", want);
	CHECK(store_format(&v, buf, n + 1) == (int)n, "format %s: exact fit",
	      want);
	CHECK(store_format(&v, buf, n) == E(ENOSPC),
	      "format %s: one byte short", want);
}

static void test_format(void)
{
	struct uk_store_value v = { .type = UK_STORE_STRING };
	char buf[8];

	check_format(UK_STORE_S8, (uint64_t)-128, "-128");
	check_format(UK_STORE_S64, (uint64_t)INT64_MIN, "-9223372036854775808");
	check_format(UK_STORE_U64, UINT64_MAX, "18446744073709551615");
	check_format(UK_STORE_U8, 0, "0");
	check_format(UK_STORE_UPTR, 0, "0x0");
	check_format(UK_STORE_UPTR, 0x1000, "0x1000");
	check_format(UK_STORE_BOOL, 1, "true");
	check_format(UK_STORE_BOOL, 0, "false");

	strcpy(v.str, "hello");
	CHECK(store_format(&v, buf, sizeof(buf)) == 5 &&
		  strcmp(buf, "hello") == 0,
	      "string");
	CHECK(store_format(&v, buf, 5) == E(ENOSPC), "string one byte short");
	/* An unterminated string is cut at the buffer, never read past it. */
	memset(v.str, 'y', sizeof(v.str));
	CHECK(store_format(&v, buf, sizeof(buf)) == E(ENOSPC),
	      "unterminated string");
	v.type = (enum uk_store_type) - 1;
	CHECK(store_format(&v, buf, sizeof(buf)) == E(ETYPE), "bad type");
}

static void test_check_and_names(void)
{
	static const struct {
		enum uk_store_type t;
		uint64_t bits;
		int rc;
	} cases[] = {
		{ UK_STORE_S8, 127, 0 },
		{ UK_STORE_S8, 128, E(ERANGE) },
		{ UK_STORE_S8, (uint64_t)-129, E(ERANGE) },
		{ UK_STORE_S16, (uint64_t)-32769, E(ERANGE) },
		{ UK_STORE_S32, 1ULL << 31, E(ERANGE) },
		{ UK_STORE_S64, (uint64_t)INT64_MIN, 0 },
		{ UK_STORE_U8, 256, E(ERANGE) },
		{ UK_STORE_U16, 65536, E(ERANGE) },
		{ UK_STORE_U32, 1ULL << 32, E(ERANGE) },
		{ UK_STORE_U64, UINT64_MAX, 0 },
		{ UK_STORE_BOOL, 2, E(ERANGE) },
		{ UK_STORE_BOOL, 1, 0 },
		{ (enum uk_store_type)11, 0, E(ETYPE) },
	};
	static const char *const types[] = {
		"s8",  "s16", "s32",  "s64",  "u8",	"u16",
		"u32", "u64", "uptr", "bool", "string",
	};

	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		struct uk_store_value v = { .type = cases[i].t,
					    .u = cases[i].bits };

		CHECK(store_value_check(&v) == cases[i].rc, "check case %zu",
		      i);
	}
	for (size_t i = 0; i < ARRAY_LEN(types); i++)
		CHECK(strcmp(uk_store_type_name((enum uk_store_type)i),
			     types[i]) == 0,
		      "type name %zu", i);
	CHECK(strcmp(uk_store_type_name((enum uk_store_type)11), "?") == 0,
	      "no type");

	CHECK(strcmp(uk_store_strerror(-UK_STORE_ENOENT), "no such entry") == 0,
	      "ENOENT");
	CHECK(strcmp(uk_store_strerror(UK_STORE_ENOENT), "no such entry") == 0,
	      "either sign");
	CHECK(strcmp(uk_store_strerror(-UK_STORE_ENOREAD),
		     "not readable (write-only)") == 0,
	      "r");
	CHECK(strcmp(uk_store_strerror(-UK_STORE_ENOWRITE),
		     "not writable (read-only)") == 0,
	      "w");
	CHECK(strcmp(uk_store_strerror(-UK_STORE_ETYPE), "wrong type") == 0,
	      "ETYPE");
	CHECK(strcmp(uk_store_strerror(-UK_STORE_ERANGE), "out of range") == 0,
	      "ERANGE");
	CHECK(strcmp(uk_store_strerror(-UK_STORE_EINVAL), "malformed value") ==
		  0,
	      "EINVAL");
	CHECK(strcmp(uk_store_strerror(-UK_STORE_ENOSPC), "no space") == 0,
	      "ENOSPC");
	CHECK(strcmp(uk_store_strerror(0), "unknown error") == 0, "0");
	CHECK(strcmp(uk_store_strerror(8), "unknown error") == 0, "8");
	CHECK(strcmp(uk_store_strerror(-2147483647 - 1), "unknown error") == 0,
	      "INT_MIN");
}

static void test_name_rules(void)
{
	static const struct {
		const char *name;
		int n;
	} cases[] = {
		{ "a", 1 },
		{ "a/b", 2 },
		{ "ukalloc/0/avail_mem", 3 },
		{ "A_9/z", 2 },
		{ "", -1 },
		{ "/a", -1 },
		{ "a/", -1 },
		{ "a//b", -1 },
		{ "/", -1 },
		{ "a b", -1 },
		{ "a-b", -1 },
		{ "a.b", -1 },
		{ "a\n", -1 },
		{ "\xc3\xa9", -1 },
	};
	char name[UK_STORE_NAME_MAX + 2];

	for (size_t i = 0; i < ARRAY_LEN(cases); i++)
		CHECK(store_name_components(cases[i].name) == cases[i].n,
		      "name '%s'", cases[i].name);
	memset(name, 'n', UK_STORE_NAME_MAX);
	name[UK_STORE_NAME_MAX] = '\0';
	CHECK(store_name_components(name) == 1, "longest name");
	name[UK_STORE_NAME_MAX] = 'n';
	name[UK_STORE_NAME_MAX + 1] = '\0';
	CHECK(store_name_components(name) == -1, "one too long");
}

static void test_prom_names(void)
{
	static const struct {
		const char *name, *unit;
		enum uk_store_type t;
		const char *family, *object;
		bool counter;
	} cases[] = {
		{ "ukalloc/0/avail_mem", "bytes", UK_STORE_U64,
		  "lantern_ukalloc_avail_mem_bytes", "0", false },
		{ "a/x_bytes", "bytes", UK_STORE_U64, "lantern_a_x_bytes", "",
		  false },
		{ "a/n", "count", UK_STORE_U64, "lantern_a_n_total", "", true },
		{ "a/n_total", "count", UK_STORE_S32, "lantern_a_n_total", "",
		  true },
		{ "a/up", "seconds", UK_STORE_U64, "lantern_a_up_seconds", "",
		  false },
		{ "a/up", "nanoseconds", UK_STORE_U64, "lantern_a_up_seconds",
		  "", false },
		{ "a/s", "", UK_STORE_STRING, "lantern_a_s_info", "", false },
		{ "a/obj/s", "count", UK_STORE_STRING, "lantern_a_s_info",
		  "obj", false },
		{ "a/b", "count", UK_STORE_BOOL, "lantern_a_b", "", false },
		{ "lib/obj_1/events", "count", UK_STORE_U64,
		  "lantern_lib_events_total", "obj_1", true },
		{ "a/idle_ns", "nanoseconds", UK_STORE_U64,
		  "lantern_a_idle_seconds", "", false },
		{ "s/3/cpu_time_ns", "nanoseconds_total", UK_STORE_U64,
		  "lantern_s_cpu_time_seconds_total", "3", true },
		{ "a/sent", "bytes_total", UK_STORE_U64,
		  "lantern_a_sent_bytes_total", "", true },
		{ "a/sent_total", "bytes_total", UK_STORE_U64,
		  "lantern_a_sent_bytes_total", "", true },
		{ "a/up_ns", "nanoseconds_total", UK_STORE_STRING,
		  "lantern_a_up_ns_info", "", false },
	};
	char family[STORE_PROM_FAMILY_MAX], object[STORE_PROM_OBJECT_MAX];
	char longest[UK_STORE_NAME_MAX + 1];

	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		int rc = store_prom_name(cases[i].name, cases[i].unit,
					 cases[i].t, family, sizeof(family),
					 object, sizeof(object));

		CHECK(rc == 0 && strcmp(family, cases[i].family) == 0 &&
			  strcmp(object, cases[i].object) == 0,
		      "prom %s: '%s' '%s'", cases[i].name, family, object);
		CHECK(store_prom_is_counter(cases[i].unit, cases[i].t) ==
			  cases[i].counter,
		      "counter %s", cases[i].name);
	}
	CHECK(store_prom_name("a/b", "", UK_STORE_U8, family, 11, object, 1) ==
		  E(ENOSPC),
	      "family buffer short");
	CHECK(store_prom_name("a/b", "", UK_STORE_U8, family, 12, object, 1) ==
		  0,
	      "family buffer exact");
	CHECK(store_prom_name("a/bc/d", "", UK_STORE_U8, family, sizeof(family),
			      object, 2) == E(ENOSPC),
	      "object buffer short");
	/* The longest name with the longest suffix fits the documented sizes. */
	memset(longest, 'x', sizeof(longest) - 1);
	longest[1] = '/';
	longest[sizeof(longest) - 1] = '\0';
	CHECK(store_prom_name(longest, "seconds_total", UK_STORE_U8, family,
			      sizeof(family), object, sizeof(object)) == 0,
	      "longest family");
}

/* --- sort -------------------------------------------------------------- */

static int qsort_cmp(const void *a, const void *b)
{
	return store_cmp_name(*(const struct uk_store_entry *const *)a,
			      *(const struct uk_store_entry *const *)b);
}

static void test_sort(void)
{
	enum { MAX = 300 };
	static struct uk_store_entry pool[MAX];
	static char names[MAX][8];
	const struct uk_store_entry *a[MAX], *b[MAX];

	srand(7);
	for (size_t n = 0; n <= MAX; n += n < 20 ? 1 : 37) {
		for (size_t i = 0; i < n; i++) {
			/* Few letters, so that duplicates happen. */
			snprintf(names[i], sizeof(names[i]), "%c%c",
				 'a' + rand() % 5, 'a' + rand() % 5);
			pool[i].name = names[i];
			a[i] = b[i] = &pool[i];
		}
		store_sort(a, n, store_cmp_name);
		qsort(b, n, sizeof(b[0]), qsort_cmp);
		for (size_t i = 0; i < n; i++)
			CHECK(strcmp(a[i]->name, b[i]->name) == 0,
			      "sort n=%zu at %zu", n, i);
	}
}

int main(void)
{
	test_parse();
	test_format();
	test_check_and_names();
	test_name_rules();
	test_prom_names();
	test_sort();
	return check_summary("test_store_codec");
}
