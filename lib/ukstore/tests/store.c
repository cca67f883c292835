/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Suite store: the registry's API in the guest: static entries found by
 * name, typed and text reads and writes with their range checks, errors,
 * and a dynamic entry added, read and removed. (tests/apps/store has the
 * entries the shell and exporter tests drive.)
 */
#include <string.h>
#include <uk/store.h>
#include <uk/test.h>

static uint32_t knob = 5;
UK_STORE_ENTRY_RW(storesuite, knob, u32, knob, 1, 10, "",
		  "a knob of the store suite, 1..10");
UK_STORE_ENTRY_RO(storesuite, answer, s16, -42, "", "always -42");

static int dyn_get(void *cookie, uint64_t *out)
{
	*out = *(uint64_t *)cookie;
	return 0;
}

UK_TESTCASE(store, static_entries)
{
	const struct uk_store_entry *e =
	    uk_store_get_entry("storesuite/answer");
	char text[32];

	UK_TEST_ASSERT_NOT_NULL(e);
	UK_TEST_EXPECT_ZERO(uk_store_get_text(e, text, sizeof(text)));
	UK_TEST_EXPECT_STR_EQ(text, "-42");
	UK_TEST_EXPECT_SNUM_EQ(uk_store_set_text(e, "1"), -UK_STORE_ENOWRITE);
	uk_store_put_entry(e);
	UK_TEST_EXPECT_NULL(uk_store_get_entry("storesuite/nosuch"));
}

UK_TESTCASE(store, set_within_range)
{
	const struct uk_store_entry *e = uk_store_get_entry("storesuite/knob");

	UK_TEST_ASSERT_NOT_NULL(e);
	UK_TEST_EXPECT_ZERO(uk_store_set_text(e, "0x7"));
	UK_TEST_EXPECT_UNUM_EQ(knob, 7);
	UK_TEST_EXPECT_SNUM_EQ(uk_store_set_text(e, "11"), -UK_STORE_ERANGE);
	UK_TEST_EXPECT_SNUM_EQ(uk_store_set_text(e, "-1"), -UK_STORE_ERANGE);
	UK_TEST_EXPECT_SNUM_EQ(uk_store_set_text(e, "seven"), -UK_STORE_EINVAL);
	UK_TEST_EXPECT_UNUM_EQ(knob, 7);
	knob = 5;
	uk_store_put_entry(e);
}

UK_TESTCASE(store, dynamic_entry)
{
	static uint64_t value = 1234;
	const struct uk_store_entry *d, *e;
	char text[32];

	d = uk_store_add_dynamic("storesuite", "obj", "value", UK_STORE_U64,
				 (void *)dyn_get, NULL, &value, "count",
				 "a dynamic entry");
	UK_TEST_ASSERT_NOT_NULL(d);
	e = uk_store_get_entry("storesuite/obj/value");
	UK_TEST_ASSERT_PTR_EQ(e, d);
	UK_TEST_EXPECT_ZERO(uk_store_get_text(e, text, sizeof(text)));
	UK_TEST_EXPECT_STR_EQ(text, "1234");
	uk_store_remove_dynamic(d);
	UK_TEST_EXPECT_SNUM_EQ(uk_store_get_text(e, text, sizeof(text)),
			       -UK_STORE_ENOENT);
	uk_store_put_entry(e);
	UK_TEST_EXPECT_NULL(uk_store_get_entry("storesuite/obj/value"));
}

uk_testsuite_register(store, NULL);
