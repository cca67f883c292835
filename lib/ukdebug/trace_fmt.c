/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * An event as a line of `trace dump`:
 *
 *      1.204311873     1 alloc_malloc: size=64 ptr=0x40123450 caller=0x101234
 *
 * time in seconds, thread id, tracepoint name, then the tracepoint's format
 * applied to the recorded arguments. Each directive is printed on its own
 * by the print core, with the argument cast to what its length modifier
 * says (as printf would have read it); a directive without an argument
 * left, or one not understood, is printed as it stands.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include "trace_fmt.h"

struct line {
	char *buf;
	size_t size, len;
};

static void put(struct line *l, const char *s, size_t n)
{
	size_t room = l->size - 1 - l->len;

	n = MIN(n, room);
	memcpy(l->buf + l->len, s, n);
	l->len += n;
	l->buf[l->len] = '\0';
}

static __printf(2, 3) void putf(struct line *l, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(l->buf + l->len, l->size - l->len, fmt, ap);
	va_end(ap);
	if (n > 0)
		l->len = MIN(l->len + (size_t)n, l->size - 1);
}

/* One recorded argument: an integer or pointer, or a string. */
struct arg {
	uint64_t v;
	const char *s; /* a string argument, NULL for a NULL string */
	size_t slen;
	bool is_str;
};

/* Read argument @type at *@p (@end the record's end); false past the end. */
static bool read_arg(const uint8_t **p, const uint8_t *end, uint8_t type,
		     struct arg *a)
{
	uint16_t len;

	a->is_str = type == UK_TRACE_ARG_STRING;
	a->v = 0;
	if (end - *p < 8)
		return false;
	if (!a->is_str) {
		memcpy(&a->v, *p, 8);
		*p += 8;
		return true;
	}
	memcpy(&len, *p, 2);
	a->s = len == UK_TRACE_STR_NULL ? NULL : (const char *)*p + 2;
	a->slen = len == UK_TRACE_STR_NULL ? 0 : len;
	if ((size_t)(end - *p) < ALIGN_UP(2 + a->slen, 8))
		return false;
	*p += ALIGN_UP(2 + a->slen, 8);
	return true;
}

/* @v as the signed integer a directive with length @len reads. */
static long long as_signed(uint64_t v, char len0, char len1)
{
	if (len0 == 'h' && len1 == 'h')
		return (signed char)v;
	if (len0 == 'h')
		return (short)v;
	if (!len0)
		return (int)v;
	return (long long)v;
}

static unsigned long long as_unsigned(uint64_t v, char len0, char len1)
{
	if (len0 == 'h' && len1 == 'h')
		return (unsigned char)v;
	if (len0 == 'h')
		return (unsigned short)v;
	if (!len0)
		return (unsigned int)v;
	return v;
}

/*
 * Print the directive at @dir (@n bytes, "%-08lx") with @a. The flags,
 * width and precision are kept; the length becomes "ll" for integers.
 */
static void put_directive(struct line *l, const char *dir, size_t n,
			  const struct arg *a)
{
	char spec[32], conv = dir[n - 1];
	size_t k = 1;
	char len0 = 0, len1 = 0;

	/* flags, width, precision: up to the length or the conversion */
	while (k < n - 1 && !strchr("hlzjt", dir[k]))
		k++;
	/* a string only for %s, and %s only for a string */
	if (a->is_str != (conv == 's') || k >= sizeof(spec) - 4) {
		put(l, dir, n);
		return;
	}
	if (k < n - 1) {
		len0 = dir[k];
		len1 = k + 1 < n - 1 ? dir[k + 1] : 0;
	}
	memcpy(spec, dir, k);
	switch (conv) {
	case 'd':
	case 'i':
		memcpy(spec + k, "ll", 2);
		spec[k + 2] = conv;
		spec[k + 3] = '\0';
		putf(l, spec, as_signed(a->v, len0, len1));
		break;
	case 'u':
	case 'x':
	case 'X':
	case 'o':
		memcpy(spec + k, "ll", 2);
		spec[k + 2] = conv;
		spec[k + 3] = '\0';
		putf(l, spec, as_unsigned(a->v, len0, len1));
		break;
	case 'c':
		spec[k] = 'c';
		spec[k + 1] = '\0';
		putf(l, spec, (int)(unsigned char)a->v);
		break;
	case 'p':
		spec[k] = 'p';
		spec[k + 1] = '\0';
		putf(l, spec, (void *)(uintptr_t)a->v);
		break;
	default: /* 's' */
		spec[k] = 's';
		spec[k + 1] = '\0';
		if (a->s) {
			char s[CONFIG_LIBUKDEBUG_TRACE_STRLEN + 1];

			memcpy(s, a->s, a->slen);
			s[a->slen] = '\0';
			putf(l, spec, s);
		} else {
			putf(l, spec, (const char *)NULL);
		}
		break;
	}
}

/* The length of the directive at @f ("%-08.3llx"), or 0 if unfinished. */
static size_t directive_len(const char *f)
{
	size_t n = 1;

	while (f[n] && strchr("-0# +", f[n]))
		n++;
	while (f[n] >= '0' && f[n] <= '9')
		n++;
	if (f[n] == '.') {
		n++;
		while (f[n] >= '0' && f[n] <= '9')
			n++;
	}
	if ((f[n] == 'h' && f[n + 1] == 'h') ||
	    (f[n] == 'l' && f[n + 1] == 'l'))
		n += 2;
	else if (f[n] && strchr("hlzjt", f[n]))
		n++;
	return f[n] ? n + 1 : 0;
}

void trace_format_event(char *buf, size_t size, const uint8_t *rec,
			size_t reclen, const struct uk_tracepoint *tp,
			const char *name, const char *fmt)
{
	struct line l = { buf, size, 0 };
	const struct uk_trace_event *ev = (const void *)rec;
	const uint8_t *p = rec + TRACE_HDR_SIZE, *end = rec + reclen;
	unsigned int next = 0;

	buf[0] = '\0';
	putf(&l, "%6llu.%09llu %5u %s: ",
	     (unsigned long long)(ev->ts_ns / 1000000000ULL),
	     (unsigned long long)(ev->ts_ns % 1000000000ULL), ev->tid, name);
	while (*fmt) {
		const char *pct = strchr(fmt, '%');
		struct arg a;
		size_t n;

		if (!pct) {
			put(&l, fmt, strlen(fmt));
			break;
		}
		put(&l, fmt, (size_t)(pct - fmt));
		n = directive_len(pct);
		if (!n) {
			put(&l, pct, strlen(pct));
			break;
		}
		fmt = pct + n;
		if (pct[n - 1] == '%' && n == 2) {
			put(&l, "%", 1);
		} else if (!strchr("diuxXocps", pct[n - 1]) ||
			   next >= tp->nargs ||
			   !read_arg(&p, end, tp->argtype[next], &a)) {
			put(&l, pct, n);
		} else {
			next++;
			put_directive(&l, pct, n, &a);
		}
	}
}
