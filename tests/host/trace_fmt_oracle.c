/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The guest's event formatter (lib/ukdebug/trace_fmt.c) on the host, with
 * the guest's print core (lib/nolibc/format.c) behind its vsnprintf: the
 * oracle that tests/test_lantern_trace.py holds support/lantern-trace's
 * Python formatter against. Built by that test with -Dvsnprintf=
 * oracle_vsnprintf, so trace_fmt.c is compiled as it is.
 *
 * Input, per event, three lines: the format; the number of arguments and
 * their type codes in hex; the record (header and slots) in hex. Output:
 * the event's `trace dump` line as the console gets it (up to its first
 * NUL, which a %c may put there) after its length and a colon.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/format.h>
#include "trace_fmt.h"

struct sink {
	char *buf;
	size_t size, len;
};

static void sink_out(void *ctx, const char *s, size_t n)
{
	struct sink *k = ctx;

	for (size_t i = 0; i < n; i++, k->len++)
		if (k->len + 1 < k->size)
			k->buf[k->len] = s[i];
}

int oracle_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct sink k = { buf, size, 0 };
	int n = uk_vformat(sink_out, &k, fmt, ap);

	if (size)
		buf[k.len < size ? k.len : size - 1] = '\0';
	return n;
}

/* Tracepoint formats have no floating-point conversions. */
int uk_format_float(uk_format_out_t out __unused, void *ctx __unused,
		    va_list *ap __unused,
		    const struct uk_format_spec *spec __unused)
{
	abort();
}

int main(void)
{
	static char fmt[4096], hex[65536], line[4096];
	static uint8_t rec[32768];
	struct uk_tracepoint tp;

	while (fgets(fmt, sizeof(fmt), stdin)) {
		unsigned int n, t;
		size_t len = 0;

		fmt[strcspn(fmt, "\n")] = '\0';
		memset(&tp, 0, sizeof(tp));
		if (scanf("%u", &n) != 1 || n > UK_TRACE_MAX_ARGS)
			return 1;
		tp.nargs = (uint8_t)n;
		for (unsigned int i = 0; i < n; i++) {
			if (scanf("%x", &t) != 1)
				return 1;
			tp.argtype[i] = (uint8_t)t;
		}
		/* the rest of the types' line, then the record's */
		if (!fgets(hex, sizeof(hex), stdin) ||
		    !fgets(hex, sizeof(hex), stdin))
			return 1;
		hex[strcspn(hex, "\n")] = '\0';
		for (; hex[2 * len] && len < sizeof(rec); len++)
			sscanf(hex + 2 * len, "%2hhx", &rec[len]);
		trace_format_event(line, sizeof(line), rec, len, &tp, "tp",
				   fmt);
		printf("%zu:%s\n", strlen(line), line);
	}
	return 0;
}
