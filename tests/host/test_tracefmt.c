/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The text of an event (lib/ukdebug/trace_fmt.c), as `trace dump` and the
 * crash screen print it and support/lantern-trace must print it too: the
 * header of time, thread and name, then each argument as glibc's printf
 * prints the same directive with the value as the directive reads it;
 * strings as recorded, NULL ones, and the directives left as they stand
 * (no argument left, a type that does not fit, unknown, unfinished).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "check.h"
#include "trace_fmt.h"

static uint8_t rec[512];
static size_t reclen;
static struct uk_tracepoint tp;

/* Start a record at @ts_ns by thread @tid. */
static void start(uint64_t ts_ns, uint32_t tid)
{
	struct uk_trace_event ev = { ts_ns, tid, 0, 0 };

	memset(rec, 0, sizeof(rec));
	memcpy(rec, &ev, sizeof(ev));
	reclen = sizeof(ev);
	memset(&tp, 0, sizeof(tp));
}

static void add_int(uint8_t type, uint64_t v)
{
	tp.argtype[tp.nargs++] = type;
	memcpy(rec + reclen, &v, 8);
	reclen += 8;
}

static void add_str(const char *s)
{
	uint16_t len = s ? (uint16_t)strlen(s) : 0xffff;

	tp.argtype[tp.nargs++] = UK_TRACE_ARG_STRING;
	memcpy(rec + reclen, &len, 2);
	if (s)
		memcpy(rec + reclen + 2, s, len);
	reclen += (2 + (s ? len : 0) + 7) / 8 * 8;
}

static const char *format(const char *fmt)
{
	static char line[256];

	trace_format_event(line, sizeof(line), rec, reclen, &tp, "tp", fmt);
	/* the header is checked once; the rest after it */
	return strncmp(line, "     1.204311873     7 tp: ", 27) ? line
								: line + 27;
}

#define SAME(fmt, ...)                                                         \
	do {                                                                   \
		char want[256];                                                \
		const char *got = format(fmt);                                 \
                                                                               \
		snprintf(want, sizeof(want), fmt, __VA_ARGS__);                \
		CHECK(strcmp(got, want) == 0, "%s: \"%s\", want \"%s\"", fmt,  \
		      got, want);                                              \
	} while (0)

#define IS(fmt, want)                                                          \
	do {                                                                   \
		const char *got = format(fmt);                                 \
                                                                               \
		CHECK(strcmp(got, want) == 0, "%s: \"%s\", want \"%s\"", fmt,  \
		      got, want);                                              \
	} while (0)

static void test_integers(void)
{
	start(1204311873, 7);
	add_int(UK_TRACE_ARG_UNSIGNED | 8, 64);
	add_int(UK_TRACE_ARG_POINTER, 0x40123450);
	add_int(UK_TRACE_ARG_POINTER, 0);
	SAME("size=%zu ptr=%p caller=%p", (size_t)64, (void *)0x40123450,
	     (void *)0);
	CHECK(strcmp(format("") - 27, "     1.204311873     7 tp: ") == 0,
	      "header");

	start(1204311873, 7);
	add_int(UK_TRACE_ARG_SIGNED | 4, (uint64_t)(int64_t)-5);
	add_int(UK_TRACE_ARG_SIGNED | 2, (uint64_t)(int64_t)-300);
	add_int(UK_TRACE_ARG_SIGNED | 1, (uint64_t)(int64_t)-1);
	add_int(UK_TRACE_ARG_SIGNED | 8, (uint64_t)INT64_MIN);
	add_int(UK_TRACE_ARG_UNSIGNED | 8, UINT64_MAX);
	SAME("%d %hd %hhd %lld %llu", -5, (short)-300, (signed char)-1,
	     (long long)INT64_MIN, (unsigned long long)UINT64_MAX);
	/* each as the directive reads it: INT64_MIN's low 32 bits are 0 */
	SAME("%+5i|%-6d|% d|%06d|%.3d", -5, -300, -1, 0, -1);
	SAME("%x %#X %o %#o %u", (unsigned)-5, (unsigned)-300, (unsigned)-1, 0u,
	     (unsigned)-1);

	/* a directive reads the width it says: %d of 64 bits is an int */
	start(1204311873, 7);
	add_int(UK_TRACE_ARG_UNSIGNED | 8, 0x100000005ULL);
	add_int(UK_TRACE_ARG_UNSIGNED | 8, 0x1ff);
	add_int(UK_TRACE_ARG_UNSIGNED | 8, 'z');
	IS("%d %hhx %c %%", "5 ff z %");
	SAME("%lx %jd %5c|", 0x100000005UL, (intmax_t)0x1ff, 'z');
	SAME("%td %zx %d", (ptrdiff_t)0x100000005LL, (size_t)0x1ff, 'z');
}

static void test_strings(void)
{
	start(1204311873, 7);
	add_str("hello");
	add_str(NULL);
	add_str("");
	SAME("s=%s n=%s e=[%s]", "hello", "(null)", "");
	SAME("%.3s|%-8s|%8s|", "hello", "(null)", "");
	start(1204311873, 7);
	add_str("0123456789abcdef0123456789abcdef");
	IS("%s", "0123456789abcdef0123456789abcdef");
}

static void test_left_as_they_stand(void)
{
	start(1204311873, 7);
	add_int(UK_TRACE_ARG_SIGNED | 4, 1);
	add_str("x");
	IS("%d %d", "1 %d");
	IS("%s %d", "%s %d");
	IS("%q %d %s", "%q 1 x");
	IS("%d %s %", "1 x %");
	IS("%*d", "%*d");
	IS("no directives", "no directives");
}

static void test_short_buffers(void)
{
	char line[16], big[64];

	start(1204311873, 7);
	add_str("a long string argument");
	for (size_t n = 1; n <= sizeof(line); n++) {
		memset(line, 'X', sizeof(line));
		trace_format_event(line, n, rec, reclen, &tp, "tp", "%s %s");
		CHECK(strlen(line) == n - 1, "line of %zu bytes: %zu", n,
		      strlen(line));
	}
	/* a record cut short: its arguments are left out, not read past */
	trace_format_event(big, sizeof(big), rec,
			   sizeof(struct uk_trace_event) + 4, &tp, "tp", "%s");
	CHECK(strcmp(big, "     1.204311873     7 tp: %s") == 0,
	      "cut record: %s", big);
}

int main(void)
{
	test_integers();
	test_strings();
	test_left_as_they_stand();
	test_short_buffers();
	return check_summary("test_tracefmt");
}
