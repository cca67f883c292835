/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Floating-point conversions of the printf engine (%f %e %g and their
 * upper-case forms). The double is taken apart into m * 2^e and expanded
 * to decimal exactly with small big-integer arithmetic, so the digits and
 * the rounding (half to even on exact ties) are the ones glibc prints.
 * This is the only engine file built with floating point enabled; it does
 * no FP arithmetic beyond reading the argument.
 */
#include <stdint.h>
#include <stdbool.h>
#include <uk/format.h>

/*
 * A double has at most 767 significant decimal digits (the exact value of
 * a subnormal with a full mantissa), so this many are never too few.
 */
#define MAX_DIGITS 800

/* 32-bit words for 2^1024 or a 1074-bit fraction plus a digit word. */
#define BIG_WORDS 36

static const uint32_t pow10[10] = {
	1,	10,	 100,	   1000,      10000,
	100000, 1000000, 10000000, 100000000, 1000000000,
};

/*
 * The significant decimal digits of a value: d[0] (never 0) stands at
 * 10^exp10, d[1] at 10^(exp10-1) and so on; digits after d[n-1] are zero
 * unless @sticky says some nonzero digit was cut off. n == 0 means zero.
 */
struct digits {
	uint8_t d[MAX_DIGITS];
	int n;
	int exp10;
	bool sticky;
};

/*
 * A source of the decimal digits of m * 2^e, most significant first: the
 * integer part (split into base-10^9 chunks) then the fraction, which is
 * multiplied by 10 per digit. The fraction keeps its binary point on a
 * word boundary so that a digit is exactly the word above the point.
 */
struct digit_src {
	uint32_t chunk[BIG_WORDS]; /* integer part, least significant first */
	int nchunk;
	int cur;		  /* chunk being read */
	int left;		  /* digits left in chunk[cur] */
	uint32_t frac[BIG_WORDS]; /* fraction * 2^(32 * point) */
	int point;		  /* words below the binary point */
	int used;		  /* frac[used..] are all zero */
	int pos;		  /* decimal position of the next digit */
};

/* Shift the little-endian word array @w (@n used words) left by @bits. */
static int big_shl(uint32_t *w, int n, int bits)
{
	int q = bits / 32, r = bits % 32, i;

	if (r) {
		w[n] = 0;
		for (i = n; i > 0; i--)
			w[i] = (w[i] << r) | (w[i - 1] >> (32 - r));
		w[0] <<= r;
		n++;
	}
	if (q) {
		for (i = n - 1; i >= 0; i--)
			w[i + q] = w[i];
		for (i = 0; i < q; i++)
			w[i] = 0;
		n += q;
	}
	while (n > 0 && w[n - 1] == 0)
		n--;
	return n;
}

static int num_decimal_digits(uint32_t v)
{
	int n = 1;

	while (n < 10 && v >= pow10[n])
		n++;
	return n;
}

static void src_init(struct digit_src *s, uint64_t m, int e)
{
	uint32_t ip[BIG_WORDS];
	uint64_t ipart, fpart;
	int n, i, fbits;

	/* Split m * 2^e into integer part and fraction bits. */
	if (e >= 0) {
		ip[0] = (uint32_t)m;
		ip[1] = (uint32_t)(m >> 32);
		n = big_shl(ip, 2, e);
		fpart = 0;
		fbits = 0;
	} else {
		fbits = -e;
		ipart = (fbits >= 64) ? 0 : (m >> fbits);
		fpart = (fbits >= 64) ? m : (m & ((UINT64_C(1) << fbits) - 1));
		ip[0] = (uint32_t)ipart;
		ip[1] = (uint32_t)(ipart >> 32);
		n = ip[1] ? 2 : (ip[0] ? 1 : 0);
	}

	/* Integer part to base 10^9 by repeated short division. */
	s->nchunk = 0;
	while (n > 0) {
		uint64_t rem = 0;

		for (i = n - 1; i >= 0; i--) {
			uint64_t cur = (rem << 32) | ip[i];

			ip[i] = (uint32_t)(cur / 1000000000u);
			rem = cur % 1000000000u;
		}
		s->chunk[s->nchunk++] = (uint32_t)rem;
		while (n > 0 && ip[n - 1] == 0)
			n--;
	}
	s->cur = s->nchunk - 1;
	s->left = s->nchunk ? num_decimal_digits(s->chunk[s->cur]) : 0;
	s->pos = s->nchunk ? 9 * (s->nchunk - 1) + s->left - 1 : -1;

	/* Fraction, scaled so that its point sits on a word boundary. */
	s->point = (fbits + 31) / 32;
	for (i = 0; i < BIG_WORDS; i++)
		s->frac[i] = 0;
	s->frac[0] = (uint32_t)fpart;
	s->frac[1] = (uint32_t)(fpart >> 32);
	s->used = big_shl(s->frac, 2, 32 * s->point - fbits);
}

/* Return the next digit, or -1 when all remaining digits are zero. */
static int src_next(struct digit_src *s)
{
	uint64_t carry = 0;
	int i, d;

	if (s->cur >= 0) {
		d = (int)(s->chunk[s->cur] / pow10[s->left - 1] % 10);
		if (--s->left == 0 && --s->cur >= 0)
			s->left = 9;
		s->pos--;
		return d;
	}
	if (s->used == 0)
		return -1;
	for (i = 0; i < s->used; i++) {
		uint64_t t = (uint64_t)s->frac[i] * 10 + carry;

		s->frac[i] = (uint32_t)t;
		carry = t >> 32;
	}
	if (carry)
		s->frac[s->used++] = (uint32_t)carry;
	d = 0;
	if (s->used > s->point) {
		d = (int)s->frac[s->point];
		s->frac[s->point] = 0;
		s->used = s->point;
	}
	while (s->used > 0 && s->frac[s->used - 1] == 0)
		s->used--;
	s->pos--;
	return d;
}

/* Whether any digit after the last one returned is nonzero. */
static bool src_rest_nonzero(const struct digit_src *s)
{
	int i;

	if (s->cur >= 0 && s->chunk[s->cur] % pow10[s->left])
		return true;
	for (i = s->cur - 1; i >= 0; i--)
		if (s->chunk[i])
			return true;
	return s->used != 0;
}

/*
 * Collect the significant digits of m * 2^e (m != 0) at positions down to
 * @stop_pos, but no more than @max_sig of them; what is cut off only sets
 * the sticky bit, which is all rounding needs to know.
 */
static void gen_digits(struct digits *dg, uint64_t m, int e, int stop_pos,
		       int max_sig)
{
	struct digit_src src;

	dg->n = 0;
	dg->exp10 = 0;
	dg->sticky = false;
	if (m == 0)
		return;
	if (max_sig > MAX_DIGITS)
		max_sig = MAX_DIGITS;

	src_init(&src, m, e);
	for (;;) {
		int pos = src.pos;
		int d = src_next(&src);

		if (d < 0)
			break;
		if (pos < stop_pos || dg->n == max_sig) {
			dg->sticky = d != 0 || src_rest_nonzero(&src);
			break;
		}
		if (dg->n == 0) {
			if (d == 0)
				continue;
			dg->exp10 = pos;
		}
		dg->d[dg->n++] = (uint8_t)d;
	}
}

/*
 * Keep the first @keep digits, rounding to nearest with ties to even as
 * glibc does in the default rounding mode. A carry out of the first digit
 * turns 99.9 into 100: the digits become "1" one position higher.
 */
static void round_digits(struct digits *dg, int keep)
{
	bool up, rest = dg->sticky;
	int r, i;

	if (keep >= dg->n)
		return;
	if (keep < 0) {
		dg->n = 0;
		return;
	}
	r = dg->d[keep];
	for (i = keep + 1; i < dg->n && !rest; i++)
		rest = dg->d[i] != 0;
	up = r > 5 || (r == 5 && (rest || (keep > 0 && (dg->d[keep - 1] & 1))));
	dg->n = keep;
	dg->sticky = false;
	if (!up)
		return;
	for (i = keep - 1; i >= 0 && dg->d[i] == 9; i--)
		dg->d[i] = 0;
	if (i >= 0) {
		dg->d[i]++;
	} else {
		dg->d[0] = 1;
		dg->n = 1;
		dg->exp10++;
	}
}

static int digit_at(const struct digits *dg, int pos)
{
	int i = dg->exp10 - pos;

	return (i >= 0 && i < dg->n) ? dg->d[i] : 0;
}

/* Output batching, so the sink sees runs of characters, not single ones. */
struct emitter {
	uk_format_out_t out;
	void *ctx;
	int len;
	char buf[64];
};

static void emit_flush(struct emitter *em)
{
	if (em->len)
		em->out(em->ctx, em->buf, (size_t)em->len);
	em->len = 0;
}

static void emit_char(struct emitter *em, char c)
{
	if (em->len == (int)sizeof(em->buf))
		emit_flush(em);
	em->buf[em->len++] = c;
}

/* Length of the f-style body with @frac fraction digits. */
static int fixed_len(const struct digits *dg, int frac, bool point)
{
	int intlen = (dg->n && dg->exp10 >= 0) ? dg->exp10 + 1 : 1;

	return intlen + (point ? 1 : 0) + frac;
}

static void emit_fixed(struct emitter *em, const struct digits *dg, int frac,
		       bool point)
{
	int pos = (dg->n && dg->exp10 >= 0) ? dg->exp10 : 0;

	for (; pos >= 0; pos--)
		emit_char(em, (char)('0' + digit_at(dg, pos)));
	if (point)
		emit_char(em, '.');
	for (pos = -1; pos >= -frac; pos--)
		emit_char(em, (char)('0' + digit_at(dg, pos)));
}

/* Length of the e-style body with @frac mantissa fraction digits. */
static int exp_len(const struct digits *dg, int frac, bool point)
{
	int x = dg->n ? dg->exp10 : 0;
	int xdig = 2;

	if (x < 0)
		x = -x;
	if (x >= 100)
		xdig = 3;
	return 1 + (point ? 1 : 0) + frac + 2 + xdig;
}

static void emit_exp(struct emitter *em, const struct digits *dg, int frac,
		     bool point, bool upper)
{
	int x = dg->n ? dg->exp10 : 0;
	int i;

	emit_char(em, (char)('0' + (dg->n ? dg->d[0] : 0)));
	if (point)
		emit_char(em, '.');
	for (i = 1; i <= frac; i++)
		emit_char(em, (char)('0' + (i < dg->n ? dg->d[i] : 0)));
	emit_char(em, upper ? 'E' : 'e');
	emit_char(em, x < 0 ? '-' : '+');
	if (x < 0)
		x = -x;
	if (x >= 100)
		emit_char(em, (char)('0' + x / 100));
	emit_char(em, (char)('0' + x / 10 % 10));
	emit_char(em, (char)('0' + x % 10));
}

/* Sign, padding and body in the order the flags ask for. */
static int emit_number(struct emitter *em, const struct uk_format_spec *spec,
		       char sign, int body_len, bool zero_ok,
		       const struct digits *dg, int style, int frac, bool point)
{
	int pad = spec->width - body_len - (sign ? 1 : 0);
	bool left = spec->flags & UK_FORMAT_LEFT;
	bool zero = zero_ok && (spec->flags & UK_FORMAT_ZERO) && !left;
	bool upper = spec->conv == 'E' || spec->conv == 'G';

	if (!left && !zero)
		uk_format_pad(em->out, em->ctx, ' ', pad);
	if (sign)
		emit_char(em, sign);
	if (zero) {
		emit_flush(em);
		uk_format_pad(em->out, em->ctx, '0', pad);
	}
	if (style == 'f')
		emit_fixed(em, dg, frac, point);
	else if (style == 'e')
		emit_exp(em, dg, frac, point, upper);
	emit_flush(em);
	if (left)
		uk_format_pad(em->out, em->ctx, ' ', pad);
	return (sign ? 1 : 0) + body_len + (pad > 0 ? pad : 0);
}

/* inf and nan: no digits, never zero-padded. */
static int emit_special(struct emitter *em, const struct uk_format_spec *spec,
			char sign, bool is_nan)
{
	bool upper =
	    spec->conv == 'F' || spec->conv == 'E' || spec->conv == 'G';
	const char *word =
	    is_nan ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
	int pad = spec->width - 3 - (sign ? 1 : 0);
	bool left = spec->flags & UK_FORMAT_LEFT;
	int i;

	if (!left)
		uk_format_pad(em->out, em->ctx, ' ', pad);
	if (sign)
		emit_char(em, sign);
	for (i = 0; i < 3; i++)
		emit_char(em, word[i]);
	emit_flush(em);
	if (left)
		uk_format_pad(em->out, em->ctx, ' ', pad);
	return (sign ? 1 : 0) + 3 + (pad > 0 ? pad : 0);
}

int uk_format_float(uk_format_out_t out, void *ctx, va_list *ap,
		    const struct uk_format_spec *spec)
{
	union {
		double d;
		uint64_t u;
	} v;
	struct emitter em = { .out = out, .ctx = ctx, .len = 0 };
	struct digits dg;
	bool alt = spec->flags & UK_FORMAT_ALT;
	int prec = spec->precision < 0 ? 6 : spec->precision;
	int biased, e, frac;
	uint64_t m;
	char sign = 0;

	/* %Lf: read the long double and print it at double precision. */
	if (spec->len == UK_FORMAT_LEN_BIGL)
		v.d = (double)va_arg(*ap, long double);
	else
		v.d = va_arg(*ap, double);

	if (v.u >> 63)
		sign = '-';
	else if (spec->flags & UK_FORMAT_PLUS)
		sign = '+';
	else if (spec->flags & UK_FORMAT_SPACE)
		sign = ' ';

	biased = (int)((v.u >> 52) & 0x7ff);
	m = v.u & ((UINT64_C(1) << 52) - 1);
	if (biased == 0x7ff)
		return emit_special(&em, spec, sign, m != 0);
	if (biased == 0) {
		e = -1074; /* zero or subnormal */
	} else {
		m |= UINT64_C(1) << 52;
		e = biased - 1075;
	}

	switch (spec->conv) {
	case 'f':
	case 'F':
		gen_digits(&dg, m, e, -prec - 1, MAX_DIGITS);
		round_digits(&dg, dg.exp10 + prec + 1);
		return emit_number(&em, spec, sign,
				   fixed_len(&dg, prec, prec || alt), true, &dg,
				   'f', prec, prec || alt);
	case 'e':
	case 'E':
		gen_digits(&dg, m, e, INT32_MIN, prec + 2);
		round_digits(&dg, prec + 1);
		return emit_number(&em, spec, sign,
				   exp_len(&dg, prec, prec || alt), true, &dg,
				   'e', prec, prec || alt);
	default: {
		/* %g: P significant digits, f-style when -4 <= X < P. */
		int p = prec ? prec : 1, x;

		gen_digits(&dg, m, e, INT32_MIN, p + 1);
		round_digits(&dg, p);
		x = dg.n ? dg.exp10 : 0;
		if (x >= -4 && x < p) {
			frac = p - 1 - x;
			while (!alt && frac > 0 && digit_at(&dg, -frac) == 0)
				frac--;
			return emit_number(&em, spec, sign,
					   fixed_len(&dg, frac, frac || alt),
					   true, &dg, 'f', frac, frac || alt);
		}
		frac = p - 1;
		while (!alt && frac > 0 && (frac >= dg.n || dg.d[frac] == 0))
			frac--;
		return emit_number(&em, spec, sign,
				   exp_len(&dg, frac, frac || alt), true, &dg,
				   'e', frac, frac || alt);
	}
	}
}
