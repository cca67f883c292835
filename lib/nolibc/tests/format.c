/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Suite format: the printf format core as the guest runs it (the host
 * unit tests and the fuzzer cover the same core built for the host):
 * conversions, flags, widths and precisions, truncation and the return
 * value of snprintf.
 */
#include <stdio.h>
#include <string.h>
#include <uk/test.h>

static char buf[128];
static const char *volatile null_string; /* hidden from the format check */

#define FMT(want, ...)                                                         \
	do {                                                                   \
		int __n = snprintf(buf, sizeof(buf), __VA_ARGS__);             \
		UK_TEST_EXPECT_STR_EQ(buf, want);                              \
		UK_TEST_EXPECT_SNUM_EQ(__n, (int)strlen(want));                \
	} while (0)

UK_TESTCASE(format, integers)
{
	FMT("42 -42 0", "%d %i %u", 42, -42, 0U);
	FMT("18446744073709551615", "%lu", (unsigned long)-1);
	FMT("-9223372036854775808", "%lld",
	    (long long)(-9223372036854775807LL - 1));
	FMT("ff FF 0xff 377 0377", "%x %X %#x %o %#o", 255, 255, 255, 255, 255);
	FMT("-128 255", "%hhd %hhu", 128, 255);
	FMT("12345 -1", "%zu %ld", (size_t)12345, -1L);
}

UK_TESTCASE(format, flags_and_widths)
{
	FMT("[   42][42   ][00042][+42][ 42]", "[%5d][%-5d][%05d][%+d][% d]",
	    42, 42, 42, 42, 42);
	FMT("[  abc][ab]", "[%5s][%.2s]", "abc", "abc");
	FMT("[00042][   -7]", "[%.5d][%*d]", 42, 5, -7);
	FMT("%", "%%");
}

UK_TESTCASE(format, strings_chars_pointers)
{
	FMT("x(null)y", "x%sy", null_string);
	FMT("a b", "%c %c", 'a', 'b');
	FMT("0x1000", "%p", (void *)0x1000);
}

UK_TESTCASE(format, truncation)
{
	char small[6];

	memset(small, 'Z', sizeof(small));
	UK_TEST_EXPECT_SNUM_EQ(snprintf(small, sizeof(small), "%s", "abcdefgh"),
			       8);
	UK_TEST_EXPECT_STR_EQ(small, "abcde");
	UK_TEST_EXPECT_SNUM_EQ(snprintf(NULL, 0, "%d", 123456), 6);
}

uk_testsuite_register(format, NULL);
