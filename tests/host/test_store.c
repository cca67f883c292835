/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukstore on the host: the value codec and the name rules against tables
 * of cases, the heapsort against qsort, and the registry itself (static
 * entries laid out by the real store.lds, dynamic entries, iteration,
 * reference counts, typed and textual access) under ASan, which catches a
 * removed entry used after its memory went.
 */
#include <stdlib.h>
#include <string.h>
#include <uk/store.h>
#include "check.h"
#include "codec.h"
#include "host_stubs.h"
#include "name.h"
#include "registry.h"
#include "sort.h"

#define E(x) (-UK_STORE_##x)

/* --- codec ------------------------------------------------------------ */

static const struct parse_case {
	enum uk_store_type t;
	const char *text;
	int rc;
	uint64_t bits;          /* expected value, signed ones as two's complement */
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
			      (unsigned long long)v.u, (unsigned long long)c->bits);
	}

	CHECK(store_parse(UK_STORE_STRING, "", &v) == 0 && v.str[0] == '\0', "empty string");
	CHECK(store_parse(UK_STORE_STRING, " a \"b\" ", &v) == 0 &&
	      strcmp(v.str, " a \"b\" ") == 0, "string as is");
	memset(longest, 'x', sizeof(longest) - 1);
	longest[sizeof(longest) - 1] = '\0';
	CHECK(store_parse(UK_STORE_STRING, longest, &v) == 0 && strlen(v.str) == 127,
	      "127 characters fit");
	memset(too_long, 'x', sizeof(too_long) - 1);
	too_long[sizeof(too_long) - 1] = '\0';
	CHECK(store_parse(UK_STORE_STRING, too_long, &v) == E(ENOSPC), "128 do not");
}

static void check_format(enum uk_store_type t, uint64_t bits, const char *want)
{
	struct uk_store_value v = { .type = t, .u = bits };
	size_t n = strlen(want);
	char buf[64];
	int rc;

	rc = store_format(&v, buf, sizeof(buf));
	CHECK(rc == (int)n && strcmp(buf, want) == 0, "format %s: '%s', expected '%s'",
	      uk_store_type_name(t), rc >= 0 ? buf : "(error)", want);
	CHECK(store_format(&v, buf, n + 1) == (int)n, "format %s: exact fit", want);
	CHECK(store_format(&v, buf, n) == E(ENOSPC), "format %s: one byte short", want);
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
	CHECK(store_format(&v, buf, sizeof(buf)) == 5 && strcmp(buf, "hello") == 0, "string");
	CHECK(store_format(&v, buf, 5) == E(ENOSPC), "string one byte short");
	/* An unterminated string is cut at the buffer, never read past it. */
	memset(v.str, 'y', sizeof(v.str));
	CHECK(store_format(&v, buf, sizeof(buf)) == E(ENOSPC), "unterminated string");
	v.type = (enum uk_store_type)-1;
	CHECK(store_format(&v, buf, sizeof(buf)) == E(ETYPE), "bad type");
}

static void test_check_and_names(void)
{
	static const struct { enum uk_store_type t; uint64_t bits; int rc; } cases[] = {
		{ UK_STORE_S8, 127, 0 }, { UK_STORE_S8, 128, E(ERANGE) },
		{ UK_STORE_S8, (uint64_t)-129, E(ERANGE) },
		{ UK_STORE_S16, (uint64_t)-32769, E(ERANGE) },
		{ UK_STORE_S32, 1ULL << 31, E(ERANGE) },
		{ UK_STORE_S64, (uint64_t)INT64_MIN, 0 },
		{ UK_STORE_U8, 256, E(ERANGE) }, { UK_STORE_U16, 65536, E(ERANGE) },
		{ UK_STORE_U32, 1ULL << 32, E(ERANGE) }, { UK_STORE_U64, UINT64_MAX, 0 },
		{ UK_STORE_BOOL, 2, E(ERANGE) }, { UK_STORE_BOOL, 1, 0 },
		{ (enum uk_store_type)11, 0, E(ETYPE) },
	};
	static const char *const types[] = {
		"s8", "s16", "s32", "s64", "u8", "u16", "u32", "u64", "uptr", "bool", "string",
	};

	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		struct uk_store_value v = { .type = cases[i].t, .u = cases[i].bits };

		CHECK(store_value_check(&v) == cases[i].rc, "check case %zu", i);
	}
	for (size_t i = 0; i < ARRAY_LEN(types); i++)
		CHECK(strcmp(uk_store_type_name((enum uk_store_type)i), types[i]) == 0,
		      "type name %zu", i);
	CHECK(strcmp(uk_store_type_name((enum uk_store_type)11), "?") == 0, "no type");

	CHECK(strcmp(uk_store_strerror(-UK_STORE_ENOENT), "no such entry") == 0, "ENOENT");
	CHECK(strcmp(uk_store_strerror(UK_STORE_ENOENT), "no such entry") == 0, "either sign");
	CHECK(strcmp(uk_store_strerror(-UK_STORE_ENOREAD), "not readable (write-only)") == 0, "r");
	CHECK(strcmp(uk_store_strerror(-UK_STORE_ENOWRITE), "not writable (read-only)") == 0, "w");
	CHECK(strcmp(uk_store_strerror(-UK_STORE_ETYPE), "wrong type") == 0, "ETYPE");
	CHECK(strcmp(uk_store_strerror(-UK_STORE_ERANGE), "out of range") == 0, "ERANGE");
	CHECK(strcmp(uk_store_strerror(-UK_STORE_EINVAL), "malformed value") == 0, "EINVAL");
	CHECK(strcmp(uk_store_strerror(-UK_STORE_ENOSPC), "no space") == 0, "ENOSPC");
	CHECK(strcmp(uk_store_strerror(0), "unknown error") == 0, "0");
	CHECK(strcmp(uk_store_strerror(8), "unknown error") == 0, "8");
	CHECK(strcmp(uk_store_strerror(-2147483647 - 1), "unknown error") == 0, "INT_MIN");
}

static void test_name_rules(void)
{
	static const struct { const char *name; int n; } cases[] = {
		{ "a", 1 }, { "a/b", 2 }, { "ukalloc/0/avail_mem", 3 }, { "A_9/z", 2 },
		{ "", -1 }, { "/a", -1 }, { "a/", -1 }, { "a//b", -1 }, { "/", -1 },
		{ "a b", -1 }, { "a-b", -1 }, { "a.b", -1 }, { "a\n", -1 }, { "\xc3\xa9", -1 },
	};
	char name[UK_STORE_NAME_MAX + 2];

	for (size_t i = 0; i < ARRAY_LEN(cases); i++)
		CHECK(store_name_components(cases[i].name) == cases[i].n, "name '%s'",
		      cases[i].name);
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
		{ "a/x_bytes", "bytes", UK_STORE_U64, "lantern_a_x_bytes", "", false },
		{ "a/n", "count", UK_STORE_U64, "lantern_a_n_total", "", true },
		{ "a/n_total", "count", UK_STORE_S32, "lantern_a_n_total", "", true },
		{ "a/up", "seconds", UK_STORE_U64, "lantern_a_up_seconds", "", false },
		{ "a/up", "nanoseconds", UK_STORE_U64, "lantern_a_up_seconds", "", false },
		{ "a/s", "", UK_STORE_STRING, "lantern_a_s_info", "", false },
		{ "a/obj/s", "count", UK_STORE_STRING, "lantern_a_s_info", "obj", false },
		{ "a/b", "count", UK_STORE_BOOL, "lantern_a_b", "", false },
		{ "lib/obj_1/events", "count", UK_STORE_U64, "lantern_lib_events_total",
		  "obj_1", true },
	};
	char family[STORE_PROM_FAMILY_MAX], object[STORE_PROM_OBJECT_MAX];
	char longest[UK_STORE_NAME_MAX + 1];

	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		int rc = store_prom_name(cases[i].name, cases[i].unit, cases[i].t, family,
					 sizeof(family), object, sizeof(object));

		CHECK(rc == 0 && strcmp(family, cases[i].family) == 0 &&
		      strcmp(object, cases[i].object) == 0, "prom %s: '%s' '%s'",
		      cases[i].name, family, object);
		CHECK(store_prom_is_counter(cases[i].unit, cases[i].t) == cases[i].counter,
		      "counter %s", cases[i].name);
	}
	CHECK(store_prom_name("a/b", "", UK_STORE_U8, family, 11, object, 1) == E(ENOSPC),
	      "family buffer short");
	CHECK(store_prom_name("a/b", "", UK_STORE_U8, family, 12, object, 1) == 0,
	      "family buffer exact");
	CHECK(store_prom_name("a/bc/d", "", UK_STORE_U8, family, sizeof(family),
			      object, 2) == E(ENOSPC), "object buffer short");
	/* The longest name with the longest suffix fits the documented sizes. */
	memset(longest, 'x', sizeof(longest) - 1);
	longest[1] = '/';
	longest[sizeof(longest) - 1] = '\0';
	CHECK(store_prom_name(longest, "seconds", UK_STORE_U8, family, sizeof(family),
			      object, sizeof(object)) == 0, "longest family");
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
			snprintf(names[i], sizeof(names[i]), "%c%c", 'a' + rand() % 5,
				 'a' + rand() % 5);
			pool[i].name = names[i];
			a[i] = b[i] = &pool[i];
		}
		store_sort(a, n, store_cmp_name);
		qsort(b, n, sizeof(b[0]), qsort_cmp);
		for (size_t i = 0; i < n; i++)
			CHECK(strcmp(a[i]->name, b[i]->name) == 0, "sort n=%zu at %zu", n, i);
	}
}

/* --- registry: static entries ------------------------------------------ */

static int64_t h_s16 = -5, h_picky = 1;
static uint64_t h_u8 = 5, h_ro = 77, h_written;
static char h_str[128] = "init";
static int masked_calls;        /* accessors called with interrupts masked */

static int get_s16(void *c, int64_t *out)
{
	masked_calls += host_irq_depth != 0;
	CHECK(c == NULL, "static cookie");
	*out = h_s16;
	return 0;
}

static int set_s16(void *c __attribute__((unused)), int64_t in)
{
	masked_calls += host_irq_depth != 0;
	h_s16 = in;
	return 0;
}

static int get_u8(void *c __attribute__((unused)), uint64_t *out)
{
	*out = h_u8;
	return 0;
}

static int set_u8(void *c __attribute__((unused)), uint64_t in)
{
	h_u8 = in;
	return 0;
}

static int get_str(void *c __attribute__((unused)), char *buf, size_t len)
{
	snprintf(buf, len, "%s", h_str);
	return 0;
}

static int set_str(void *c __attribute__((unused)), const char *in)
{
	snprintf(h_str, sizeof(h_str), "%s", in);
	return 0;
}

static int get_ro(void *c __attribute__((unused)), uint64_t *out)
{
	*out = h_ro;
	return 0;
}

static int set_wo(void *c __attribute__((unused)), uint64_t in)
{
	h_written = in;
	return 0;
}

static int get_too_big(void *c __attribute__((unused)), uint64_t *out)
{
	*out = 256;
	return 0;
}

static int get_fails(void *c __attribute__((unused)), uint64_t *out __attribute__((unused)))
{
	return -UK_STORE_EINVAL;
}

static int get_picky(void *c __attribute__((unused)), int64_t *out)
{
	*out = h_picky;
	return 0;
}

static int set_picky(void *c __attribute__((unused)), int64_t in)
{
	if (in < 0)
		return -UK_STORE_ERANGE;
	h_picky = in;
	return 0;
}

/* Names chosen so that the linker's order is strcmp's: '/' < 'Z' < '_' < 'a'. */
UK_STORE_ENTRY(hosttest, s16, s16, get_s16, set_s16, "", "an s16");
UK_STORE_ENTRY(hosttest, u8, u8, get_u8, set_u8, "bytes", "a u8");
UK_STORE_ENTRY(hosttest, str, string, get_str, set_str, "", "a string");
UK_STORE_ENTRY(hosttest, ro, u64, get_ro, NULL, "count", "read-only");
UK_STORE_ENTRY(hosttest, wo, bool, NULL, set_wo, "", "write-only");
UK_STORE_ENTRY(hosttest, too_big, u8, get_too_big, NULL, "", "returns 256");
UK_STORE_ENTRY(hosttest, fails, u32, get_fails, NULL, "", "getter fails");
UK_STORE_ENTRY(hosttest, picky, s32, get_picky, set_picky, "", "no negatives");
UK_STORE_ENTRY(hosttest, Zed, u8, get_u8, NULL, "", "capital");
UK_STORE_ENTRY(host_test, x, u8, get_u8, NULL, "", "underscore in the library");
UK_STORE_ENTRY(host, x, u8, get_u8, NULL, "", "short library");
UK_STORE_ENTRY(a, first, u8, get_u8, NULL, "", "first of all");
UK_STORE_ENTRY(zz, last, u8, get_u8, NULL, "", "last of all");

#define N_STATIC 13

static void test_static_table(void)
{
	size_t n = store_static_count();

	CHECK(n == N_STATIC, "%zu static entries", n);
	for (size_t i = 1; i < n; i++)
		CHECK(strcmp(store_static_at(i - 1)->name, store_static_at(i)->name) < 0,
		      "linker order at %zu: %s then %s", i, store_static_at(i - 1)->name,
		      store_static_at(i)->name);
	for (size_t i = 0; i < n; i++) {
		const struct uk_store_entry *e = store_static_at(i);

		CHECK(uk_store_get_entry(e->name) == e, "find %s", e->name);
		CHECK(store_static_owns(e), "owns %s", e->name);
		uk_store_put_entry(e);
	}
	CHECK(strcmp(store_static_at(0)->name, "a/first") == 0, "first");
	CHECK(strcmp(store_static_at(n - 1)->name, "zz/last") == 0, "last");
	CHECK(uk_store_get_entry("hosttest") == NULL, "a prefix is no entry");
	CHECK(uk_store_get_entry("hosttest/s1") == NULL, "nor is part of a name");
	CHECK(uk_store_get_entry("hosttest/s16x") == NULL, "nor a longer one");
	CHECK(uk_store_get_entry("") == NULL, "empty name");
	CHECK(store_static_lower_bound("") == 0 && store_static_lower_bound("zzz") == n,
	      "lower bound at the ends");
}

static void test_access(void)
{
	const struct uk_store_entry *e;
	struct uk_store_value v;
	char buf[128];

	e = uk_store_get_entry("hosttest/s16");
	CHECK(strcmp(uk_store_access(e), "rw") == 0, "rw");
	CHECK(uk_store_get_text(e, buf, sizeof(buf)) == 0 && strcmp(buf, "-5") == 0, "-5");
	CHECK(uk_store_set_text(e, "-32768") == 0 && h_s16 == -32768, "set min");
	CHECK(uk_store_set_text(e, "-32769") == E(ERANGE) && h_s16 == -32768, "range");
	CHECK(uk_store_set_text(e, "12a") == E(EINVAL) && h_s16 == -32768, "junk");
	CHECK(uk_store_get_text(e, buf, 3) == E(ENOSPC), "short buffer");
	v.type = UK_STORE_S16;
	v.s = 300;
	CHECK(uk_store_set_value(e, &v) == 0 && h_s16 == 300, "typed set");
	v.type = UK_STORE_S32;
	CHECK(uk_store_set_value(e, &v) == E(ETYPE) && h_s16 == 300, "typed set, wrong type");
	v.type = UK_STORE_S16;
	v.s = 40000;
	CHECK(uk_store_set_value(e, &v) == E(ERANGE) && h_s16 == 300, "typed set, range");
	CHECK(uk_store_get_value(e, &v) == 0 && v.type == UK_STORE_S16 && v.s == 300,
	      "typed get");

	e = uk_store_get_entry("hosttest/u8");
	CHECK(uk_store_set_text(e, "0xff") == 0 && h_u8 == 255, "u8 hex");
	CHECK(uk_store_set_text(e, "-1") == E(ERANGE) && h_u8 == 255, "u8 negative");

	e = uk_store_get_entry("hosttest/str");
	CHECK(uk_store_get_text(e, buf, sizeof(buf)) == 0 && strcmp(buf, "init") == 0, "str");
	CHECK(uk_store_set_text(e, "a b \"c\"") == 0 && strcmp(h_str, "a b \"c\"") == 0,
	      "set str");
	memset(buf, 'z', sizeof(buf));
	buf[sizeof(buf) - 1] = '\0';
	CHECK(uk_store_set_text(e, buf) == 0, "127 characters");
	memset(v.str, 'q', sizeof(v.str));
	v.type = UK_STORE_STRING;
	CHECK(uk_store_set_value(e, &v) == E(ENOSPC) && h_str[0] == 'z',
	      "unterminated typed string");

	e = uk_store_get_entry("hosttest/ro");
	CHECK(strcmp(uk_store_access(e), "r") == 0, "r");
	CHECK(uk_store_set_text(e, "1") == E(ENOWRITE), "read-only");
	CHECK(uk_store_set_text(e, "junk") == E(ENOWRITE), "read-only beats malformed");
	CHECK(uk_store_get_text(e, buf, sizeof(buf)) == 0 && strcmp(buf, "77") == 0, "ro");

	e = uk_store_get_entry("hosttest/wo");
	CHECK(strcmp(uk_store_access(e), "w") == 0, "w");
	CHECK(uk_store_get_value(e, &v) == E(ENOREAD), "write-only");
	CHECK(uk_store_set_text(e, "on") == 0 && h_written == 1, "write-only set");
	CHECK(uk_store_set_text(e, "maybe") == E(EINVAL), "bool junk");

	e = uk_store_get_entry("hosttest/too_big");
	CHECK(uk_store_get_value(e, &v) == E(ERANGE), "getter out of range");
	e = uk_store_get_entry("hosttest/fails");
	CHECK(uk_store_get_text(e, buf, sizeof(buf)) == E(EINVAL), "getter error passed on");
	e = uk_store_get_entry("hosttest/picky");
	CHECK(uk_store_set_text(e, "-3") == E(ERANGE) && h_picky == 1, "setter refuses");
	CHECK(uk_store_set_text(e, "3") == 0 && h_picky == 3, "setter takes");
}

/* --- registry: dynamic entries and iteration --------------------------- */

static int get_cookie(void *c, uint64_t *out)
{
	masked_calls += host_irq_depth != 0;
	*out = *(uint64_t *)c;
	return 0;
}

struct collected {
	char names[64][UK_STORE_NAME_MAX + 1];
	int n, stop_at;
};

static int collect(const struct uk_store_entry *e, void *arg)
{
	struct collected *c = arg;

	masked_calls += host_irq_depth != 0;
	if (c->n < 64)
		snprintf(c->names[c->n], sizeof(c->names[0]), "%s", e->name);
	return ++c->n == c->stop_at ? 42 : 0;
}

static void test_dynamic(void)
{
	static uint64_t counter = 9;
	const struct uk_store_entry *e, *held;
	struct collected c = { .stop_at = -1 };
	char buf[34];           /* three of them make a name too long */

	e = uk_store_add_dynamic("hosttest", "obj1", "count", UK_STORE_U64, get_cookie,
				 NULL, &counter, "count", "a counter");
	CHECK(e && strcmp(e->name, "hosttest/obj1/count") == 0, "add");
	CHECK(strcmp(e->unit, "count") == 0 && strcmp(e->help, "a counter") == 0, "copies");
	CHECK(uk_store_add_dynamic("hosttest", "obj10", "count", UK_STORE_U64, get_cookie,
				   NULL, &counter, NULL, NULL) != NULL, "add obj10");
	CHECK(uk_store_add_dynamic("hosttest", "obj1", "more", UK_STORE_U64, get_cookie,
				   NULL, &counter, "", "") != NULL, "add more");
	CHECK(uk_store_add_dynamic("hosttest", "obj1", "count", UK_STORE_U64, get_cookie,
				   NULL, &counter, "", "") == NULL, "duplicate");
	CHECK(uk_store_add_dynamic("hosttest", "o/b", "x", UK_STORE_U64, get_cookie,
				   NULL, &counter, "", "") == NULL, "slash in a component");
	CHECK(uk_store_add_dynamic("hosttest", "", "x", UK_STORE_U64, get_cookie,
				   NULL, &counter, "", "") == NULL, "empty component");
	CHECK(uk_store_add_dynamic("hosttest", "o b", "x", UK_STORE_U64, get_cookie,
				   NULL, &counter, "", "") == NULL, "blank in a component");
	CHECK(uk_store_add_dynamic("hosttest", "o", "x", (enum uk_store_type)42, get_cookie,
				   NULL, &counter, "", "") == NULL, "bad type");
	memset(buf, 'l', sizeof(buf) - 1);
	buf[sizeof(buf) - 1] = '\0';
	CHECK(uk_store_add_dynamic(buf, buf, buf, UK_STORE_U64, get_cookie,
				   NULL, &counter, "", "") == NULL, "too long");
	CHECK(strstr(host_console, "cannot add") != NULL, "rejections are reported");

	held = uk_store_get_entry("hosttest/obj1/count");
	CHECK(held == e, "lookup");
	CHECK(uk_store_get_text(held, buf, sizeof(buf)) == 0 && strcmp(buf, "9") == 0,
	      "read through cookie");
	CHECK(strcmp(uk_store_access(held), "r") == 0, "dynamic access");
	CHECK(uk_store_set_text(held, "1") == E(ENOWRITE), "dynamic read-only");

	uk_store_iterate("", collect, &c);
	CHECK(c.n == N_STATIC + 3, "iterate all: %d", c.n);
	for (int i = 1; i < c.n && i < 64; i++)
		CHECK(strcmp(c.names[i - 1], c.names[i]) < 0, "merged order: %s then %s",
		      c.names[i - 1], c.names[i]);
	c = (struct collected){ .stop_at = -1 };
	uk_store_iterate("hosttest/obj1/", collect, &c);
	CHECK(c.n == 2 && strcmp(c.names[0], "hosttest/obj1/count") == 0 &&
	      strcmp(c.names[1], "hosttest/obj1/more") == 0, "prefix %d", c.n);
	c = (struct collected){ .stop_at = -1 };
	uk_store_iterate("hosttest/s", collect, &c);
	CHECK(c.n == 2 && strcmp(c.names[0], "hosttest/s16") == 0 &&
	      strcmp(c.names[1], "hosttest/str") == 0, "static prefix %d", c.n);
	c = (struct collected){ .stop_at = 3 };
	CHECK(uk_store_iterate("hosttest/", collect, &c) == 42 && c.n == 3, "early stop");
	c = (struct collected){ .stop_at = -1 };
	CHECK(uk_store_iterate("nothing/", collect, &c) == 0 && c.n == 0, "no match");

	/* obj1 goes, obj10 (same prefix without the '/') stays. */
	uk_store_remove_object("hosttest", "obj1");
	CHECK(uk_store_get_entry("hosttest/obj1/count") == NULL, "gone from lookups");
	CHECK(uk_store_get_entry("hosttest/obj1/more") == NULL, "both of them");
	e = uk_store_get_entry("hosttest/obj10/count");
	CHECK(e != NULL, "obj10 stays");
	uk_store_put_entry(e);
	CHECK(uk_store_get_text(held, buf, sizeof(buf)) == E(ENOENT), "held reads as gone");
	CHECK(strcmp(held->name, "hosttest/obj1/count") == 0, "held memory is still valid");
	uk_store_put_entry(held);       /* the last reference: ASan checks the free */

	uk_store_remove_dynamic(e);
	CHECK(uk_store_get_entry("hosttest/obj10/count") == NULL, "removed");
	uk_store_remove_dynamic(NULL);
	uk_store_remove_dynamic(store_static_at(0));
	CHECK(uk_store_get_entry(store_static_at(0)->name) != NULL, "static stays");
}

/* Many entries in shuffled order: the index stays sorted and complete. */
static void test_many(void)
{
	enum { N = 3000 };
	static const struct uk_store_entry *added[N];
	static int order[N];
	static uint64_t value = 5;
	struct collected c = { .stop_at = -1 };
	char obj[16];
	size_t i;

	for (i = 0; i < N; i++)
		order[i] = (int)i;
	srand(11);
	for (i = N - 1; i > 0; i--) {
		size_t j = (size_t)rand() % (i + 1);
		int t = order[i];

		order[i] = order[j];
		order[j] = t;
	}
	for (i = 0; i < N; i++) {
		snprintf(obj, sizeof(obj), "o%d", order[i]);
		added[order[i]] = uk_store_add_dynamic("many", obj, "v", UK_STORE_U64,
						       get_cookie, NULL, &value, "", "");
		CHECK(added[order[i]] != NULL, "add %s", obj);
	}
	for (i = 0; i < N; i++) {
		char name[32];
		const struct uk_store_entry *e;

		snprintf(name, sizeof(name), "many/o%zu/v", i);
		e = uk_store_get_entry(name);
		CHECK(e == added[i], "find %s", name);
		uk_store_put_entry(e);
	}
	uk_store_iterate("many/", collect, &c);
	CHECK(c.n == N, "iterate %d", c.n);
	for (i = 0; i < N; i++)
		uk_store_remove_dynamic(added[order[(i * 7) % N]]);
	c = (struct collected){ .stop_at = -1 };
	uk_store_iterate("many/", collect, &c);
	CHECK(c.n == 0, "all removed: %d left", c.n);
}

int main(void)
{
	test_parse();
	test_format();
	test_check_and_names();
	test_name_rules();
	test_prom_names();
	test_sort();
	test_static_table();
	test_access();
	test_dynamic();
	test_many();
	CHECK(host_irq_depth == 0, "masked sections all ended: %d", host_irq_depth);
	CHECK(masked_calls == 0, "%d accessor calls with interrupts masked", masked_calls);
	return check_summary("test_store");
}
