/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The boot command line (lib/ukboot/args.c): main()'s argv after "--" or,
 * without one, every word but the kernel parameters; and the lookup of a
 * kernel parameter, which only sees the words before "--".
 */
#include <string.h>
#include "check.h"
#include "args.h"

/* argv[1..] of @line joined by '|'. */
static const char *split(const char *line)
{
	static char buf[256], out[256];
	char *argv[16];
	int argc;

	strcpy(buf, line);
	argc = uk_boot_split_args(buf, argv, 16);
	out[0] = '\0';
	for (int i = 1; i < argc; i++) {
		if (i > 1)
			strcat(out, "|");
		strcat(out, argv[i]);
	}
	return out;
}

static void test_split(void)
{
	static const struct {
		const char *line, *want;
	} cases[] = {
		{ "", "" },
		{ "a b", "a|b" },
		{ "uk.debug_wait=1 -- run x", "run|x" },
		{ "uk.debug_wait=1 run", "run" },
		{ "uk.debug_chan=console uk.x", "" },
		{ "-- uk.debug_wait=1", "uk.debug_wait=1" }, /* main's own */
		{ "a -- b -- c", "b|--|c" },
		{ "  \tx\t y ", "x|y" },
	};

	for (size_t i = 0; i < ARRAY_LEN(cases); i++)
		CHECK(strcmp(split(cases[i].line), cases[i].want) == 0,
		      "split '%s': got '%s', want '%s'", cases[i].line,
		      split(cases[i].line), cases[i].want);
}

static void test_param(void)
{
	static const struct {
		const char *line, *name;
		bool found;
		const char *value;
	} cases[] = {
		{ "uk.debug_wait=1", "uk.debug_wait", true, "1" },
		{ "a uk.debug_chan=console b", "uk.debug_chan", true,
		  "console" },
		{ "uk.debug_wait", "uk.debug_wait", true, "" },
		{ "uk.debug_waiting=1", "uk.debug_wait", false, NULL },
		{ "xuk.debug_wait=1", "uk.debug_wait", false, NULL },
		{ "-- uk.debug_wait=1", "uk.debug_wait", false, NULL },
		{ "uk.a=1 -- uk.a=2", "uk.a", true, "1" },
		{ "uk.a=", "uk.a", true, "" },
		{ "", "uk.a", false, NULL },
	};

	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		char v[16] = "?";
		bool found = uk_boot_find_param(cases[i].line, cases[i].name, v,
						sizeof(v));

		CHECK(found == cases[i].found, "'%s' in '%s': found %d",
		      cases[i].name, cases[i].line, found);
		if (found && cases[i].value)
			CHECK(strcmp(v, cases[i].value) == 0,
			      "'%s' in '%s': '%s', want '%s'", cases[i].name,
			      cases[i].line, v, cases[i].value);
	}
	{
		char v[5];

		CHECK(uk_boot_find_param("uk.name=abcdefghij", "uk.name", v,
					 sizeof(v)) &&
			  strcmp(v, "abcd") == 0,
		      "truncated: '%s'", v);
	}
	CHECK(uk_boot_find_param("uk.a=1", "uk.a", NULL, 0),
	      "no buffer: found");
}

int main(void)
{
	test_split();
	test_param();
	return check_summary("test_args");
}
