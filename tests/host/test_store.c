/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The ukstore registry on the host: static entries laid out by the real
 * store.lds, dynamic entries, iteration, reference counts, typed and
 * textual access, under ASan, which catches a removed entry used after its
 * memory went (the codec, names and sort: test_store_codec.c).
 */
#include <stdlib.h>
#include <string.h>
#include <uk/store.h>
#include "check.h"
#include "host_stubs.h"
#include "registry.h"

#define E(x) (-UK_STORE_##x)

/* --- registry: static entries ------------------------------------------ */

static int64_t h_s16 = -5, h_picky = 1;
static uint64_t h_u8 = 5, h_ro = 77, h_written;
static char h_str[128] = "init";
static int masked_calls; /* accessors called with interrupts masked */

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

static int get_fails(void *c __attribute__((unused)),
		     uint64_t *out __attribute__((unused)))
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
		CHECK(strcmp(store_static_at(i - 1)->name,
			     store_static_at(i)->name) < 0,
		      "linker order at %zu: %s then %s", i,
		      store_static_at(i - 1)->name, store_static_at(i)->name);
	for (size_t i = 0; i < n; i++) {
		const struct uk_store_entry *e = store_static_at(i);

		CHECK(uk_store_get_entry(e->name) == e, "find %s", e->name);
		CHECK(store_static_owns(e), "owns %s", e->name);
		uk_store_put_entry(e);
	}
	CHECK(strcmp(store_static_at(0)->name, "a/first") == 0, "first");
	CHECK(strcmp(store_static_at(n - 1)->name, "zz/last") == 0, "last");
	CHECK(uk_store_get_entry("hosttest") == NULL, "a prefix is no entry");
	CHECK(uk_store_get_entry("hosttest/s1") == NULL,
	      "nor is part of a name");
	CHECK(uk_store_get_entry("hosttest/s16x") == NULL, "nor a longer one");
	CHECK(uk_store_get_entry("") == NULL, "empty name");
	CHECK(store_static_lower_bound("") == 0 &&
		  store_static_lower_bound("zzz") == n,
	      "lower bound at the ends");
}

static void test_access(void)
{
	const struct uk_store_entry *e;
	struct uk_store_value v;
	char buf[128];

	e = uk_store_get_entry("hosttest/s16");
	CHECK(strcmp(uk_store_access(e), "rw") == 0, "rw");
	CHECK(uk_store_get_text(e, buf, sizeof(buf)) == 0 &&
		  strcmp(buf, "-5") == 0,
	      "-5");
	CHECK(uk_store_set_text(e, "-32768") == 0 && h_s16 == -32768,
	      "set min");
	CHECK(uk_store_set_text(e, "-32769") == E(ERANGE) && h_s16 == -32768,
	      "range");
	CHECK(uk_store_set_text(e, "12a") == E(EINVAL) && h_s16 == -32768,
	      "junk");
	CHECK(uk_store_get_text(e, buf, 3) == E(ENOSPC), "short buffer");
	v.type = UK_STORE_S16;
	v.s = 300;
	CHECK(uk_store_set_value(e, &v) == 0 && h_s16 == 300, "typed set");
	v.type = UK_STORE_S32;
	CHECK(uk_store_set_value(e, &v) == E(ETYPE) && h_s16 == 300,
	      "typed set, wrong type");
	v.type = UK_STORE_S16;
	v.s = 40000;
	CHECK(uk_store_set_value(e, &v) == E(ERANGE) && h_s16 == 300,
	      "typed set, range");
	CHECK(uk_store_get_value(e, &v) == 0 && v.type == UK_STORE_S16 &&
		  v.s == 300,
	      "typed get");

	e = uk_store_get_entry("hosttest/u8");
	CHECK(uk_store_set_text(e, "0xff") == 0 && h_u8 == 255, "u8 hex");
	CHECK(uk_store_set_text(e, "-1") == E(ERANGE) && h_u8 == 255,
	      "u8 negative");

	e = uk_store_get_entry("hosttest/str");
	CHECK(uk_store_get_text(e, buf, sizeof(buf)) == 0 &&
		  strcmp(buf, "init") == 0,
	      "str");
	CHECK(uk_store_set_text(e, "a b \"c\"") == 0 &&
		  strcmp(h_str, "a b \"c\"") == 0,
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
	CHECK(uk_store_set_text(e, "junk") == E(ENOWRITE),
	      "read-only beats malformed");
	CHECK(uk_store_get_text(e, buf, sizeof(buf)) == 0 &&
		  strcmp(buf, "77") == 0,
	      "ro");

	e = uk_store_get_entry("hosttest/wo");
	CHECK(strcmp(uk_store_access(e), "w") == 0, "w");
	CHECK(uk_store_get_value(e, &v) == E(ENOREAD), "write-only");
	CHECK(uk_store_set_text(e, "on") == 0 && h_written == 1,
	      "write-only set");
	CHECK(uk_store_set_text(e, "maybe") == E(EINVAL), "bool junk");

	e = uk_store_get_entry("hosttest/too_big");
	CHECK(uk_store_get_value(e, &v) == E(ERANGE), "getter out of range");
	e = uk_store_get_entry("hosttest/fails");
	CHECK(uk_store_get_text(e, buf, sizeof(buf)) == E(EINVAL),
	      "getter error passed on");
	e = uk_store_get_entry("hosttest/picky");
	CHECK(uk_store_set_text(e, "-3") == E(ERANGE) && h_picky == 1,
	      "setter refuses");
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
	char buf[34]; /* three of them make a name too long */

	e = uk_store_add_dynamic("hosttest", "obj1", "count", UK_STORE_U64,
				 get_cookie, NULL, &counter, "count",
				 "a counter");
	CHECK(e && strcmp(e->name, "hosttest/obj1/count") == 0, "add");
	CHECK(strcmp(e->unit, "count") == 0 &&
		  strcmp(e->help, "a counter") == 0,
	      "copies");
	CHECK(uk_store_add_dynamic("hosttest", "obj10", "count", UK_STORE_U64,
				   get_cookie, NULL, &counter, NULL,
				   NULL) != NULL,
	      "add obj10");
	CHECK(uk_store_add_dynamic("hosttest", "obj1", "more", UK_STORE_U64,
				   get_cookie, NULL, &counter, "", "") != NULL,
	      "add more");
	CHECK(uk_store_add_dynamic("hosttest", "obj1", "count", UK_STORE_U64,
				   get_cookie, NULL, &counter, "", "") == NULL,
	      "duplicate");
	CHECK(uk_store_add_dynamic("hosttest", "o/b", "x", UK_STORE_U64,
				   get_cookie, NULL, &counter, "", "") == NULL,
	      "slash in a component");
	CHECK(uk_store_add_dynamic("hosttest", "", "x", UK_STORE_U64,
				   get_cookie, NULL, &counter, "", "") == NULL,
	      "empty component");
	CHECK(uk_store_add_dynamic("hosttest", "o b", "x", UK_STORE_U64,
				   get_cookie, NULL, &counter, "", "") == NULL,
	      "blank in a component");
	CHECK(uk_store_add_dynamic("hosttest", "o", "x", (enum uk_store_type)42,
				   get_cookie, NULL, &counter, "", "") == NULL,
	      "bad type");
	memset(buf, 'l', sizeof(buf) - 1);
	buf[sizeof(buf) - 1] = '\0';
	CHECK(uk_store_add_dynamic(buf, buf, buf, UK_STORE_U64, get_cookie,
				   NULL, &counter, "", "") == NULL,
	      "too long");
	CHECK(strstr(host_console, "cannot add") != NULL,
	      "rejections are reported");

	held = uk_store_get_entry("hosttest/obj1/count");
	CHECK(held == e, "lookup");
	CHECK(uk_store_get_text(held, buf, sizeof(buf)) == 0 &&
		  strcmp(buf, "9") == 0,
	      "read through cookie");
	CHECK(strcmp(uk_store_access(held), "r") == 0, "dynamic access");
	CHECK(uk_store_set_text(held, "1") == E(ENOWRITE), "dynamic read-only");

	uk_store_iterate("", collect, &c);
	CHECK(c.n == N_STATIC + 3, "iterate all: %d", c.n);
	for (int i = 1; i < c.n && i < 64; i++)
		CHECK(strcmp(c.names[i - 1], c.names[i]) < 0,
		      "merged order: %s then %s", c.names[i - 1], c.names[i]);
	c = (struct collected){ .stop_at = -1 };
	uk_store_iterate("hosttest/obj1/", collect, &c);
	CHECK(c.n == 2 && strcmp(c.names[0], "hosttest/obj1/count") == 0 &&
		  strcmp(c.names[1], "hosttest/obj1/more") == 0,
	      "prefix %d", c.n);
	c = (struct collected){ .stop_at = -1 };
	uk_store_iterate("hosttest/s", collect, &c);
	CHECK(c.n == 2 && strcmp(c.names[0], "hosttest/s16") == 0 &&
		  strcmp(c.names[1], "hosttest/str") == 0,
	      "static prefix %d", c.n);
	c = (struct collected){ .stop_at = 3 };
	CHECK(uk_store_iterate("hosttest/", collect, &c) == 42 && c.n == 3,
	      "early stop");
	c = (struct collected){ .stop_at = -1 };
	CHECK(uk_store_iterate("nothing/", collect, &c) == 0 && c.n == 0,
	      "no match");

	/* obj1 goes, obj10 (same prefix without the '/') stays. */
	uk_store_remove_object("hosttest", "obj1");
	CHECK(uk_store_get_entry("hosttest/obj1/count") == NULL,
	      "gone from lookups");
	CHECK(uk_store_get_entry("hosttest/obj1/more") == NULL, "both of them");
	e = uk_store_get_entry("hosttest/obj10/count");
	CHECK(e != NULL, "obj10 stays");
	uk_store_put_entry(e);
	CHECK(uk_store_get_text(held, buf, sizeof(buf)) == E(ENOENT),
	      "held reads as gone");
	CHECK(strcmp(held->name, "hosttest/obj1/count") == 0,
	      "held memory is still valid");
	uk_store_put_entry(held); /* the last reference: ASan checks the free */

	uk_store_remove_dynamic(e);
	CHECK(uk_store_get_entry("hosttest/obj10/count") == NULL, "removed");
	uk_store_remove_dynamic(NULL);
	uk_store_remove_dynamic(store_static_at(0));
	CHECK(uk_store_get_entry(store_static_at(0)->name) != NULL,
	      "static stays");
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
		added[order[i]] =
		    uk_store_add_dynamic("many", obj, "v", UK_STORE_U64,
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
	test_static_table();
	test_access();
	test_dynamic();
	test_many();
	CHECK(host_irq_depth == 0, "masked sections all ended: %d",
	      host_irq_depth);
	CHECK(masked_calls == 0, "%d accessor calls with interrupts masked",
	      masked_calls);
	return check_summary("test_store");
}
