/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * nolibc's <string.h> and strto* functions against glibc's. The mem*
 * functions run over every small length and every pair of alignments,
 * inside guard bytes, so a word loop that writes one byte too far or
 * misses the tail is caught (ASan watches the reads).
 */
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

void *nolibc_memcpy(void *dst, const void *src, size_t n);
void *nolibc_memmove(void *dst, const void *src, size_t n);
void *nolibc_memset(void *dst, int c, size_t n);
int nolibc_memcmp(const void *a, const void *b, size_t n);
void *nolibc_memchr(const void *s, int c, size_t n);
size_t nolibc_strlen(const char *s);
size_t nolibc_strnlen(const char *s, size_t max);
int nolibc_strcmp(const char *a, const char *b);
int nolibc_strncmp(const char *a, const char *b, size_t n);
char *nolibc_strchr(const char *s, int c);
char *nolibc_strrchr(const char *s, int c);
char *nolibc_strcpy(char *dst, const char *src);
char *nolibc_strncpy(char *dst, const char *src, size_t n);
char *nolibc_strcat(char *dst, const char *src);
char *nolibc_strstr(const char *hay, const char *needle);
size_t nolibc_strspn(const char *s, const char *accept);
size_t nolibc_strcspn(const char *s, const char *reject);
long nolibc_strtol(const char *s, char **end, int base);
unsigned long nolibc_strtoul(const char *s, char **end, int base);
unsigned long long nolibc_strtoull(const char *s, char **end, int base);
int nolibc_atoi(const char *s);
int nolibc_abs(int x);
int *nolibc___errno_location(void);
#define nolibc_errno (*nolibc___errno_location())

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

#define SPAN 96 /* lengths 0..SPAN-1 */
#define BUF  (SPAN + 64)

static void fill(unsigned char *p, size_t n, unsigned int seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(seed * 31 + i * 7 + 1);
}

static void test_memcpy_memset(void)
{
	unsigned char src[BUF], a[BUF], b[BUF];

	fill(src, sizeof(src), 1);
	for (size_t so = 0; so < 16; so++)
		for (size_t dof = 0; dof < 16; dof++)
			for (size_t n = 0; n < SPAN; n++) {
				memset(a, 0xaa, sizeof(a));
				memset(b, 0xaa, sizeof(b));
				void *r = nolibc_memcpy(a + dof, src + so, n);
				memcpy(b + dof, src + so, n);
				CHECK(r == a + dof &&
					  memcmp(a, b, sizeof(a)) == 0,
				      "memcpy src+%zu dst+%zu n=%zu", so, dof,
				      n);
			}
	for (size_t dof = 0; dof < 16; dof++)
		for (size_t n = 0; n < SPAN; n++) {
			int c =
			    (int)(n * 37 + dof) - 300; /* also out of 0..255 */

			memset(a, 0x55, sizeof(a));
			memset(b, 0x55, sizeof(b));
			void *r = nolibc_memset(a + dof, c, n);
			memset(b + dof, c, n);
			CHECK(r == a + dof && memcmp(a, b, sizeof(a)) == 0,
			      "memset dst+%zu n=%zu c=%d", dof, n, c);
		}
}

static void test_memmove(void)
{
	unsigned char a[BUF], b[BUF];

	/* Every overlap in both directions, and disjoint ranges. */
	for (size_t so = 0; so < 40; so++)
		for (size_t dof = 0; dof < 40; dof++)
			for (size_t n = 0; n < SPAN; n += (n < 20 ? 1 : 7)) {
				if (so + n > BUF || dof + n > BUF)
					continue;
				fill(a, sizeof(a), 2);
				fill(b, sizeof(b), 2);
				void *r = nolibc_memmove(a + dof, a + so, n);
				memmove(b + dof, b + so, n);
				CHECK(r == a + dof &&
					  memcmp(a, b, sizeof(a)) == 0,
				      "memmove src+%zu dst+%zu n=%zu", so, dof,
				      n);
			}
}

static void test_memcmp_memchr(void)
{
	unsigned char a[64], b[64];

	fill(a, sizeof(a), 3);
	memcpy(b, a, sizeof(b));
	CHECK(nolibc_memcmp(a, b, sizeof(a)) == 0, "equal");
	CHECK(nolibc_memcmp(a, b, 0) == 0, "n = 0");
	for (size_t i = 0; i < sizeof(a); i++) {
		b[i] =
		    (unsigned char)(a[i] + 0x80); /* unsigned order matters */
		CHECK(sign(nolibc_memcmp(a, b, sizeof(a))) ==
			  sign(memcmp(a, b, sizeof(a))),
		      "memcmp diff at %zu", i);
		CHECK(nolibc_memcmp(a, b, i) == 0, "memcmp stops at n=%zu", i);
		b[i] = a[i];
	}
	for (int c = 0; c < 256; c += 5)
		for (size_t n = 0; n <= sizeof(a); n += 9)
			CHECK(nolibc_memchr(a, c, n) == memchr(a, c, n),
			      "memchr c=%d n=%zu", c, n);
	CHECK(nolibc_memchr(a, a[10] + 256, sizeof(a)) == a + 10,
	      "memchr converts c to unsigned char");
}

static const char *const words[] = {
	"",	 "a",	       "b",	   "ab",	  "abc",
	"abd",	 "abcd",       "hello",	   "hello world", "\x80high",
	"\xffz", "aaaaaaaaab", "abababab", "xyzzy",
};

static void test_str_compare(void)
{
	for (size_t i = 0; i < ARRAY_LEN(words); i++) {
		const char *s = words[i];

		CHECK(nolibc_strlen(s) == strlen(s), "strlen \"%s\"", s);
		for (size_t m = 0; m < 14; m++)
			CHECK(nolibc_strnlen(s, m) == strnlen(s, m),
			      "strnlen \"%s\" %zu", s, m);
		for (size_t j = 0; j < ARRAY_LEN(words); j++) {
			const char *t = words[j];

			CHECK(sign(nolibc_strcmp(s, t)) == sign(strcmp(s, t)),
			      "strcmp \"%s\" \"%s\"", s, t);
			for (size_t n = 0; n < 8; n++)
				CHECK(sign(nolibc_strncmp(s, t, n)) ==
					  sign(strncmp(s, t, n)),
				      "strncmp \"%s\" \"%s\" %zu", s, t, n);
			CHECK(nolibc_strstr(s, t) == strstr(s, t),
			      "strstr \"%s\" \"%s\"", s, t);
			CHECK(nolibc_strspn(s, t) == strspn(s, t),
			      "strspn \"%s\" \"%s\"", s, t);
			CHECK(nolibc_strcspn(s, t) == strcspn(s, t),
			      "strcspn \"%s\" \"%s\"", s, t);
		}
		for (int c = 0; c < 256; c++) {
			CHECK(nolibc_strchr(s, c) == strchr(s, c),
			      "strchr \"%s\" %d", s, c);
			CHECK(nolibc_strrchr(s, c) == strrchr(s, c),
			      "strrchr \"%s\" %d", s, c);
		}
	}
}

static void test_str_copy(void)
{
	char a[32], b[32];

	for (size_t i = 0; i < ARRAY_LEN(words); i++) {
		const char *s = words[i];

		memset(a, 'Z', sizeof(a));
		memset(b, 'Z', sizeof(b));
		CHECK(nolibc_strcpy(a, s) == a &&
			  memcmp(a, strcpy(b, s), sizeof(a)) == 0,
		      "strcpy \"%s\"", s);
		for (size_t n = 0; n < 16; n++) {
			memset(a, 'Z', sizeof(a));
			memset(b, 'Z', sizeof(b));
			nolibc_strncpy(a, s, n);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-truncation"
			strncpy(b, s, n);
#pragma GCC diagnostic pop
			CHECK(memcmp(a, b, sizeof(a)) == 0,
			      "strncpy \"%s\" %zu", s, n);
		}
		strcpy(a, "pre-");
		strcpy(b, "pre-");
		CHECK(nolibc_strcat(a, s) == a && strcmp(a, strcat(b, s)) == 0,
		      "strcat \"%s\"", s);
	}
}

struct strto_case {
	const char *s;
	int base;
};

static const struct strto_case strto_cases[] = {
	{ "0", 10 },
	{ "42", 10 },
	{ "-42", 10 },
	{ "+42", 10 },
	{ "  \t\n\v\f\r17xyz", 10 },
	{ "", 10 },
	{ "   ", 10 },
	{ "-", 10 },
	{ "+", 10 },
	{ "abc", 10 },
	{ "12abc", 10 },
	{ "0x1f", 16 },
	{ "0X1F", 16 },
	{ "1f", 16 },
	{ "0x", 16 },
	{ "0xg", 16 },
	{ "0x", 0 },
	{ "0x1f", 0 },
	{ "017", 0 },
	{ "08", 0 },
	{ "0", 0 },
	{ "-0x10", 0 },
	{ "z", 36 },
	{ "ZZ", 36 },
	{ "101", 2 },
	{ "102", 2 },
	{ "777", 8 },
	{ "9223372036854775807", 10 },
	{ "9223372036854775808", 10 },
	{ "-9223372036854775808", 10 },
	{ "-9223372036854775809", 10 },
	{ "18446744073709551615", 10 },
	{ "18446744073709551616", 10 },
	{ "-18446744073709551615", 10 },
	{ "-18446744073709551616", 10 },
	{ "-1", 10 },
	{ "99999999999999999999999999999", 10 },
	{ "0xffffffffffffffff", 0 },
	{ "0x10000000000000000", 0 },
	{ "7fffffffffffffff", 16 },
	{ "8000000000000000", 16 },
	{ "12", 1 },
	{ "12", 37 },
	{ "12", -1 },
};

static void test_strto(void)
{
	for (size_t i = 0; i < ARRAY_LEN(strto_cases); i++) {
		const char *s = strto_cases[i].s;
		int base = strto_cases[i].base;
		char *e1, *e2;
		int err1, err2;
		/* glibc leaves *end alone for a bad base; nolibc sets it to s. */
		bool bad_base = base < 0 || base == 1 || base > 36;

		nolibc_errno = 0;
		errno = 0;
		long l1 = nolibc_strtol(s, &e1, base);
		err1 = nolibc_errno;
		long l2 = strtol(s, &e2, base);
		err2 = errno;
		CHECK(l1 == l2 && (bad_base || e1 == e2) && err1 == err2,
		      "strtol(\"%s\", %d): %ld end+%td errno %d, glibc %ld "
		      "end+%td errno %d",
		      s, base, l1, e1 - s, err1, l2, e2 - s, err2);

		nolibc_errno = 0;
		errno = 0;
		unsigned long u1 = nolibc_strtoul(s, &e1, base);
		err1 = nolibc_errno;
		unsigned long u2 = strtoul(s, &e2, base);
		err2 = errno;
		CHECK(u1 == u2 && (bad_base || e1 == e2) && err1 == err2,
		      "strtoul(\"%s\", %d): %lu end+%td errno %d, glibc %lu "
		      "end+%td errno %d",
		      s, base, u1, e1 - s, err1, u2, e2 - s, err2);

		nolibc_errno = 0;
		errno = 0;
		unsigned long long q1 = nolibc_strtoull(s, &e1, base);
		err1 = nolibc_errno;
		unsigned long long q2 = strtoull(s, &e2, base);
		err2 = errno;
		CHECK(q1 == q2 && (bad_base || e1 == e2) && err1 == err2,
		      "strtoull(\"%s\", %d): %llu, glibc %llu", s, base, q1,
		      q2);

		CHECK(nolibc_strtol(s, NULL, base) == l1, "NULL end pointer");
		if (base == 10 && l2 >= INT_MIN && l2 <= INT_MAX)
			CHECK(nolibc_atoi(s) == atoi(s), "atoi(\"%s\")", s);
	}
	CHECK(nolibc_abs(-5) == 5 && nolibc_abs(5) == 5 && nolibc_abs(0) == 0,
	      "abs");
}

int main(void)
{
	test_memcpy_memset();
	test_memmove();
	test_memcmp_memchr();
	test_str_compare();
	test_str_copy();
	test_strto();
	return check_summary("test_string");
}
