/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Test application for ukstore: a static entry of every type (read-write,
 * backed by variables), a read-only, a write-only, a picky setter and a
 * broken getter, and dynamic entries for two objects that the shell
 * commands `dynadd`, `dynrm` and `dynhold` create and remove. With the
 * argument "dyn" the dynamic entries exist from the start. Then the shell
 * runs, so tests/test_store_shell.py types `store ...` at it.
 */
#include <stdio.h>
#include <string.h>
#include <uk/shell.h>
#include <uk/store.h>

static int64_t v_s8 = -8, v_s16 = -1600, v_s32 = -320000, v_s64 = INT64_MIN;
static uint64_t v_u8 = 8, v_u16 = 1600, v_u32 = 320000, v_u64 = UINT64_MAX;
static uint64_t v_uptr = 0x1000, v_bool = 1, v_picky = 42, v_written = 7;
static char v_string[128] = "hello";

/* One getter and setter per variable, generated. */
#define RW_SIGNED(n)                                                           \
	static int get_##n(void *c __unused, int64_t *out)                     \
	{                                                                      \
		*out = v_##n;                                                  \
		return 0;                                                      \
	}                                                                      \
	static int set_##n(void *c __unused, int64_t in)                       \
	{                                                                      \
		v_##n = in;                                                    \
		return 0;                                                      \
	}
#define RW_UNSIGNED(n)                                                         \
	static int get_##n(void *c __unused, uint64_t *out)                    \
	{                                                                      \
		*out = v_##n;                                                  \
		return 0;                                                      \
	}                                                                      \
	static int set_##n(void *c __unused, uint64_t in)                      \
	{                                                                      \
		v_##n = in;                                                    \
		return 0;                                                      \
	}

RW_SIGNED(s8)
RW_SIGNED(s16)
RW_SIGNED(s32)
RW_SIGNED(s64)
RW_UNSIGNED(u8)
RW_UNSIGNED(u16)
RW_UNSIGNED(u32)
RW_UNSIGNED(u64)
RW_UNSIGNED(uptr)
RW_UNSIGNED(bool)
RW_UNSIGNED(picky)

static int get_string(void *c __unused, char *buf, size_t len)
{
	snprintf(buf, len, "%s", v_string);
	return 0;
}

static int set_string(void *c __unused, const char *in)
{
	snprintf(v_string, sizeof(v_string), "%s", in);
	return 0;
}

/* Odd values are refused by the setter itself, not by the type. */
static int set_picky_even(void *c, uint64_t in)
{
	return in & 1 ? -UK_STORE_ERANGE : set_picky(c, in);
}

/* Write-only: what is written shows through the read-only entry. */
static int set_wo(void *c __unused, uint64_t in)
{
	v_written = in;
	return 0;
}

static int get_ro(void *c __unused, uint64_t *out)
{
	*out = v_written;
	return 0;
}

/* A getter that breaks its type's range: ukstore must not pass it on. */
static int get_broken(void *c __unused, uint64_t *out)
{
	*out = 300;
	return 0;
}

UK_STORE_ENTRY(storetest, s8, s8, get_s8, set_s8, "", "an s8 knob");
UK_STORE_ENTRY(storetest, s16, s16, get_s16, set_s16, "", "an s16 knob");
UK_STORE_ENTRY(storetest, s32, s32, get_s32, set_s32, "", "an s32 knob");
UK_STORE_ENTRY(storetest, s64, s64, get_s64, set_s64, "", "an s64 knob");
UK_STORE_ENTRY(storetest, u8, u8, get_u8, set_u8, "", "a u8 knob");
UK_STORE_ENTRY(storetest, u16, u16, get_u16, set_u16, "", "a u16 knob");
UK_STORE_ENTRY(storetest, u32, u32, get_u32, set_u32, "bytes", "a u32 size");
UK_STORE_ENTRY(storetest, u64, u64, get_u64, set_u64, "count", "a u64 counter");
UK_STORE_ENTRY(storetest, uptr, uptr, get_uptr, set_uptr, "", "an address");
UK_STORE_ENTRY(storetest, bool, bool, get_bool, set_bool, "", "a switch");
UK_STORE_ENTRY(storetest, string, string, get_string, set_string, "",
	       "a \"quoted\" string knob \\ with a backslash");
UK_STORE_ENTRY(storetest, picky, u16, get_picky, set_picky_even, "",
	       "takes even numbers only");
UK_STORE_ENTRY(storetest, wo, u32, NULL, set_wo, "", "write-only knob");
UK_STORE_ENTRY(storetest, ro, u64, get_ro, NULL, "seconds",
	       "read-only: the last value written to storetest/wo");
UK_STORE_ENTRY(storetest, broken, u8, get_broken, NULL, "",
	       "a getter returning 300 for a u8");

/* The objects behind the dynamic entries. */
struct obj {
	const char *name;
	uint64_t events;
};

static struct obj objs[] = { { "obj1", 11 }, { "obj2", 22 } };

static int obj_get_events(void *c, uint64_t *out)
{
	*out = ((struct obj *)c)->events;
	return 0;
}

static int obj_set_events(void *c, uint64_t in)
{
	((struct obj *)c)->events = in;
	return 0;
}

static int obj_get_name(void *c, char *buf, size_t len)
{
	snprintf(buf, len, "object %s", ((struct obj *)c)->name);
	return 0;
}

/* Add obj1/events, obj1/name, obj2/events; return how many were added. */
static int dyn_add(void)
{
	int added = 0;

	for (size_t i = 0; i < ARRAY_SIZE(objs); i++)
		added += !!uk_store_add_dynamic(
		    "storetest", objs[i].name, "events", UK_STORE_U64,
		    obj_get_events, obj_set_events, &objs[i], "count",
		    "events of an object");
	added += !!uk_store_add_dynamic("storetest", "obj1", "name",
					UK_STORE_STRING, obj_get_name, NULL,
					&objs[0], "", "name of an object");
	return added;
}

static int cmd_dynadd(int argc __unused, char *argv[] __unused)
{
	printf("dynadd: %d entries added\n", dyn_add());
	return 0;
}

static int cmd_dynrm(int argc __unused, char *argv[] __unused)
{
	for (size_t i = 0; i < ARRAY_SIZE(objs); i++)
		uk_store_remove_object("storetest", objs[i].name);
	printf("dynrm: done\n");
	return 0;
}

/* Hold an entry across the removal of its object, then read through it. */
static int cmd_dynhold(int argc __unused, char *argv[] __unused)
{
	const struct uk_store_entry *e =
	    uk_store_get_entry("storetest/obj1/events");
	const struct uk_store_entry *again;
	char buf[32];

	if (!e) {
		printf("dynhold: no entry\n");
		return 1;
	}
	uk_store_remove_object("storetest", "obj1");
	again = uk_store_get_entry("storetest/obj1/events");
	printf("dynhold: lookup after remove: %s\n", again ? "found" : "gone");
	uk_store_put_entry(again);
	printf("dynhold: read after remove: %s\n",
	       uk_store_strerror(uk_store_get_text(e, buf, sizeof(buf))));
	uk_store_put_entry(e);
	return 0;
}

UK_SHELL_CMD(dynadd, cmd_dynadd, "", "add the dynamic test entries");
UK_SHELL_CMD(dynrm, cmd_dynrm, "", "remove the dynamic test entries");
UK_SHELL_CMD(dynhold, cmd_dynhold, "", "read a held entry after its removal");

int main(int argc, char *argv[])
{
	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "dyn") == 0)
			printf("dyn: %d entries added\n", dyn_add());
	return uk_shell_run();
}
