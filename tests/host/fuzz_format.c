/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * libFuzzer target: differential fuzzing of the printf engine against
 * glibc's vsnprintf. The input gives eight integer and eight double
 * arguments, then format text. The text is first made safe: every
 * directive is re-checked here and kept only when both implementations
 * define it and the arguments it reads exist; anything else has its '%'
 * doubled into a literal. The result must match glibc byte for byte,
 * except for glibc's known %#g carry bug (see test_format.c).
 *
 * Argument passing relies on the x86_64 SysV ABI: doubles travel in the
 * eight XMM registers and integers in general registers then the stack,
 * two independent streams, so a format may mix them freely as long as it
 * reads at most eight doubles.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/format.h>

#ifndef __x86_64__
#error "fuzz_format.c depends on the x86_64 argument passing rules"
#endif

#define NINT	8
#define NDBL	8
#define FMT_MAX 256
#define OUT_MAX 8192

static const char fuzz_string[] = "fuzz \x01 string";

struct sink {
	char *buf;
	size_t len;
};

static void sink_out(void *ctx, const char *s, size_t n)
{
	struct sink *sk = ctx;

	for (size_t i = 0; i < n; i++, sk->len++)
		if (sk->len < OUT_MAX)
			sk->buf[sk->len] = s[i];
}

static int ufmt(char *buf, const char *fmt, ...)
{
	struct sink sk = { buf, 0 };
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = uk_vformat(sink_out, &sk, fmt, ap);
	va_end(ap);
	if ((size_t)n != sk.len)
		abort(); /* the count must match what was produced */
	return n;
}

/* The integer-class arguments handed out so far, and the doubles' count. */
struct args {
	long long ints[NINT];
	int nint, ndbl;
	const uint8_t *vals; /* bytes that pick integer argument values */
};

static bool take_int(struct args *a, long long v)
{
	if (a->nint == NINT)
		return false;
	a->ints[a->nint++] = v;
	return true;
}

/*
 * Parse the directive after '%' at @in and append it to @out, adjusted so
 * both printf implementations define it, claiming its arguments in @a.
 * Return the characters consumed, or 0 to print the '%' literally.
 */
static size_t directive(const char *in, size_t n, char *out, size_t *olen,
			struct args *a)
{
	char flags[8] = "", width[4] = "", prec[5] = "", len[3] = "";
	size_t i = 0, nf = 0;
	bool wstar = false, pstar = false;
	char conv;
	struct args save = *a;

	while (i < n && strchr("-+ #0", in[i]) && in[i] && nf < 5)
		flags[nf++] = in[i++];
	if (i < n && in[i] == '*') {
		wstar = true;
		i++;
	} else {
		for (int k = 0; i < n && k < 3 && in[i] >= '0' && in[i] <= '9';
		     k++)
			width[k] = in[i++];
	}
	if (i < n && in[i] == '.') {
		prec[0] = in[i++];
		if (i < n && in[i] == '*') {
			pstar = true;
			i++;
		} else {
			for (int k = 1;
			     i < n && k < 4 && in[i] >= '0' && in[i] <= '9';
			     k++)
				prec[k] = in[i++];
		}
	}
	for (int k = 0; i < n && k < 2 && strchr("hlzjt", in[i]) && in[i];
	     k++) {
		/* Only hh, h, l, ll, z, j, t: no mixtures like "hl". */
		if (k == 1 && in[i] != len[0])
			break;
		if (k == 1 && len[0] != 'h' && len[0] != 'l')
			break;
		len[k] = in[i++];
	}
	if (i >= n)
		return 0;
	conv = in[i++];

	/* '*' values: int arguments, kept small. */
	if (wstar && !take_int(a, (int8_t)a->vals[a->nint]))
		goto literal;
	if (pstar && !take_int(a, (int8_t)a->vals[a->nint]))
		goto literal;

	switch (conv) {
	case 'd':
	case 'i':
	case 'u':
	case 'o':
	case 'x':
	case 'X':
		if (!take_int(a, 0))
			goto literal;
		a->ints[a->nint - 1] = save.ints[a->nint - 1];
		break;
	case 'c':
		/* Width and '-' only: other flags, precision, %lc undefined. */
		if (!take_int(a, 'A' + a->vals[a->nint] % 58))
			goto literal;
		prec[0] = len[0] = 0;
		for (size_t k = 0; flags[k]; k++)
			if (flags[k] != '-')
				flags[k] = '-';
		break;
	case 's':
		if (!take_int(a, (long long)(uintptr_t)fuzz_string))
			goto literal;
		len[0] = 0;
		for (size_t k = 0; flags[k]; k++)
			if (flags[k] != '-')
				flags[k] = '-';
		break;
	case 'p':
		if (!take_int(a, 0))
			goto literal;
		a->ints[a->nint - 1] = save.ints[a->nint - 1];
		len[0] = prec[0] = 0;
		for (size_t k = 0; flags[k]; k++)
			if (flags[k] != '-')
				flags[k] = '-';
		break;
	case 'f':
	case 'F':
	case 'e':
	case 'E':
	case 'g':
	case 'G':
		if (a->ndbl == NDBL)
			goto literal;
		a->ndbl++;
		len[0] = 0;
		break;
	case '%':
		/* Only a bare "%%" is defined. */
		if (flags[0] || width[0] || prec[0] || len[0] || wstar || pstar)
			goto literal;
		break;
	default:
		goto literal;
	}
	*olen += (size_t)sprintf(out + *olen, "%%%s%s%s%s%s%c", flags,
				 wstar ? "*" : width, prec, pstar ? "*" : "",
				 len, conv);
	return i;

literal:
	*a = save;
	return 0;
}

static void sanitize(const char *in, size_t n, char *out, struct args *a)
{
	size_t o = 0;

	for (size_t i = 0; i < n && o < FMT_MAX - 32; i++) {
		size_t used;

		if (in[i] == '\0')
			break;
		if (in[i] != '%') {
			out[o++] = in[i];
			continue;
		}
		used = directive(in + i + 1, n - i - 1, out, &o, a);
		if (used) {
			i += used;
		} else {
			out[o++] = '%';
			out[o++] = '%';
		}
	}
	out[o] = '\0';
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char got[OUT_MAX + 1], want[OUT_MAX + 1];
	char fmt[FMT_MAX];
	double d[NDBL];
	struct args a = { .nint = 0, .ndbl = 0 };
	const size_t head = NINT * 8 + NDBL * 8;
	int gn, wn;

	if (size < head)
		return 0;
	memcpy(a.ints, data, NINT * 8);
	memcpy(d, data + NINT * 8, NDBL * 8);
	a.vals = data;
	sanitize((const char *)data + head, size - head, fmt, &a);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#define ARGS                                                                   \
	a.ints[0], a.ints[1], a.ints[2], a.ints[3], a.ints[4], a.ints[5],      \
	    a.ints[6], a.ints[7], d[0], d[1], d[2], d[3], d[4], d[5], d[6],    \
	    d[7]
	gn = ufmt(got, fmt, ARGS);
	wn = snprintf(want, sizeof(want), fmt, ARGS);
#pragma GCC diagnostic pop

	if (gn != wn ||
	    memcmp(got, want, (size_t)(gn < OUT_MAX ? gn : OUT_MAX))) {
		/* glibc's %#g carry bug: "1.e+03" where C wants "1.00e+03". */
		if (strchr(fmt, '#') &&
		    (strstr(want, ".e") || strstr(want, ".E")))
			return 0;
		fprintf(stderr,
			"format \"%s\"\n ours  (%d) \"%.*s\"\n glibc (%d) "
			"\"%.*s\"\n",
			fmt, gn, gn < OUT_MAX ? gn : OUT_MAX, got, wn,
			wn < OUT_MAX ? wn : OUT_MAX, want);
		abort();
	}
	return 0;
}
