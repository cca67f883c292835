/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The printf engine: directive parsing, integers, characters, strings and
 * pointers. Floating-point conversions are handed to uk_format_float() in
 * format_float.c, because this file is built for kernel code with general
 * registers only and must not touch an FP register, not even to move a
 * double out of a va_list. The output of a directive that is not
 * understood is the directive text itself, so mistakes stay visible.
 */
#include <stdint.h>
#include <stdbool.h>
#include <uk/format.h>

/*
 * Width and precision beyond this are clamped: nobody needs them, and the
 * float code computes with precision + exponent in an int.
 */
#define FORMAT_MAX_FIELD (1 << 24)

static const char pad_spaces[16] = "                ";
static const char pad_zeros[16] = "0000000000000000";

int uk_format_pad(uk_format_out_t out, void *ctx, char c, int n)
{
	const char *src = (c == '0') ? pad_zeros : pad_spaces;
	int left = n;

	if (c != '0' && c != ' ') {
		for (; left > 0; left--)
			out(ctx, &c, 1);
		return n > 0 ? n : 0;
	}
	while (left > 0) {
		int k = left < 16 ? left : 16;

		out(ctx, src, k);
		left -= k;
	}
	return n > 0 ? n : 0;
}

/* Read the argument of a signed conversion at its declared width. */
static intmax_t fetch_signed(va_list *ap, enum uk_format_len len)
{
	switch (len) {
	case UK_FORMAT_LEN_HH:
		return (signed char)va_arg(*ap, int);
	case UK_FORMAT_LEN_H:
		return (short)va_arg(*ap, int);
	case UK_FORMAT_LEN_L:
		return va_arg(*ap, long);
	case UK_FORMAT_LEN_LL:
		return va_arg(*ap, long long);
	case UK_FORMAT_LEN_J:
		return va_arg(*ap, intmax_t);
	/* %zd takes the signed type of size_t's width: ptrdiff_t here. */
	case UK_FORMAT_LEN_Z:
	case UK_FORMAT_LEN_T:
		return va_arg(*ap, ptrdiff_t);
	default:
		return va_arg(*ap, int);
	}
}

/* Read the argument of an unsigned conversion at its declared width. */
static uintmax_t fetch_unsigned(va_list *ap, enum uk_format_len len)
{
	switch (len) {
	case UK_FORMAT_LEN_HH:
		return (unsigned char)va_arg(*ap, unsigned int);
	case UK_FORMAT_LEN_H:
		return (unsigned short)va_arg(*ap, unsigned int);
	case UK_FORMAT_LEN_L:
		return va_arg(*ap, unsigned long);
	case UK_FORMAT_LEN_LL:
		return va_arg(*ap, unsigned long long);
	case UK_FORMAT_LEN_J:
		return va_arg(*ap, uintmax_t);
	case UK_FORMAT_LEN_Z:
		return va_arg(*ap, size_t);
	case UK_FORMAT_LEN_T:
		return (size_t)va_arg(*ap, ptrdiff_t);
	default:
		return va_arg(*ap, unsigned int);
	}
}

/*
 * Emit a field of @len characters at @s preceded by @prefix and @zeros
 * zeros, padded to the spec's width. This is the layout every conversion
 * shares: [spaces] prefix [zeros] body [spaces].
 */
static int emit_field(uk_format_out_t out, void *ctx,
		      const struct uk_format_spec *spec, const char *prefix,
		      int prefix_len, int zeros, const char *s, int len)
{
	int pad = spec->width - prefix_len - zeros - len;
	int total = 0;

	if (!(spec->flags & UK_FORMAT_LEFT))
		total += uk_format_pad(out, ctx, ' ', pad);
	if (prefix_len)
		out(ctx, prefix, prefix_len);
	total += uk_format_pad(out, ctx, '0', zeros);
	if (len)
		out(ctx, s, len);
	if (spec->flags & UK_FORMAT_LEFT)
		total += uk_format_pad(out, ctx, ' ', pad);
	return total + prefix_len + len;
}

/* %d %i %u %o %x %X %p: @v is the magnitude, @neg the sign. */
static int format_int(uk_format_out_t out, void *ctx,
		      const struct uk_format_spec *spec, uintmax_t v, bool neg,
		      bool is_signed)
{
	char buf[3 * sizeof(uintmax_t) + 1]; /* octal digits of 64 bits */
	char *p = buf + sizeof(buf);
	const char *digits =
	    (spec->conv == 'X') ? "0123456789ABCDEF" : "0123456789abcdef";
	unsigned int base = 10;
	char prefix[2];
	int prefix_len = 0, ndig, zeros = 0;
	int prec = spec->precision;

	if (spec->conv == 'o')
		base = 8;
	else if (spec->conv == 'x' || spec->conv == 'X')
		base = 16;

	if (is_signed) {
		if (neg)
			prefix[prefix_len++] = '-';
		else if (spec->flags & UK_FORMAT_PLUS)
			prefix[prefix_len++] = '+';
		else if (spec->flags & UK_FORMAT_SPACE)
			prefix[prefix_len++] = ' ';
	}
	if (base == 16 && (spec->flags & UK_FORMAT_ALT) && v != 0) {
		prefix[prefix_len++] = '0';
		prefix[prefix_len++] = spec->conv;
	}

	for (; v; v /= base)
		*--p = digits[v % base];
	ndig = (int)(buf + sizeof(buf) - p);

	/*
	 * The precision is a minimum digit count; 0 with value 0 prints none.
	 */
	if (prec < 0)
		prec = 1;
	if (ndig < prec)
		zeros = prec - ndig;
	/* '#' with %o: the first digit must be 0, so add one if needed. */
	if (base == 8 && (spec->flags & UK_FORMAT_ALT) && zeros == 0 &&
	    (ndig == 0 || *p != '0'))
		zeros = 1;
	/* '0' pads with zeros, unless '-' or a precision says otherwise. */
	if ((spec->flags & UK_FORMAT_ZERO) && !(spec->flags & UK_FORMAT_LEFT) &&
	    spec->precision < 0 && spec->width > prefix_len + zeros + ndig)
		zeros = spec->width - prefix_len - ndig;

	return emit_field(out, ctx, spec, prefix, prefix_len, zeros, p, ndig);
}

static int format_string(uk_format_out_t out, void *ctx,
			 const struct uk_format_spec *spec, const char *s)
{
	int len = 0;

	/* glibc prints "(null)", or nothing when the precision cuts it. */
	if (!s)
		s = (spec->precision < 0 || spec->precision >= 6) ? "(null)"
								  : "";
	/* Never look past the precision: the array need not be terminated. */
	while (s[len] && (spec->precision < 0 || len < spec->precision))
		len++;
	return emit_field(out, ctx, spec, NULL, 0, 0, s, len);
}

/* Parse a decimal field (width or precision), clamped. */
static int parse_num(const char **pp)
{
	const char *p = *pp;
	int v = 0;

	for (; *p >= '0' && *p <= '9'; p++) {
		v = v * 10 + (*p - '0');
		if (v > FORMAT_MAX_FIELD)
			v = FORMAT_MAX_FIELD;
	}
	*pp = p;
	return v;
}

/*
 * Parse the directive after '%' at *@pp into @spec, taking '*' values
 * from @ap. Leave *@pp after the conversion character; return false when
 * the format ends inside the directive.
 */
static bool parse_spec(const char **pp, struct uk_format_spec *spec,
		       va_list *ap)
{
	const char *p = *pp;

	spec->flags = 0;
	spec->width = 0;
	spec->precision = -1;
	spec->len = UK_FORMAT_LEN_NONE;

	for (;; p++) {
		if (*p == '-')
			spec->flags |= UK_FORMAT_LEFT;
		else if (*p == '+')
			spec->flags |= UK_FORMAT_PLUS;
		else if (*p == ' ')
			spec->flags |= UK_FORMAT_SPACE;
		else if (*p == '#')
			spec->flags |= UK_FORMAT_ALT;
		else if (*p == '0')
			spec->flags |= UK_FORMAT_ZERO;
		else
			break;
	}

	if (*p == '*') {
		int w = va_arg(*ap, int);

		p++;
		/* A negative '*' width means '-' and the absolute value. */
		if (w < 0) {
			spec->flags |= UK_FORMAT_LEFT;
			w = (w < -FORMAT_MAX_FIELD) ? FORMAT_MAX_FIELD : -w;
		}
		spec->width = (w > FORMAT_MAX_FIELD) ? FORMAT_MAX_FIELD : w;
	} else {
		spec->width = parse_num(&p);
	}

	if (*p == '.') {
		p++;
		if (*p == '*') {
			int prec = va_arg(*ap, int);

			p++;
			/* A negative '*' precision counts as none given. */
			spec->precision = (prec < 0) ? -1
					  : (prec > FORMAT_MAX_FIELD)
					      ? FORMAT_MAX_FIELD
					      : prec;
		} else {
			spec->precision = parse_num(&p);
		}
	}

	switch (*p) {
	case 'h':
		p++;
		spec->len = UK_FORMAT_LEN_H;
		if (*p == 'h') {
			p++;
			spec->len = UK_FORMAT_LEN_HH;
		}
		break;
	case 'l':
		p++;
		spec->len = UK_FORMAT_LEN_L;
		if (*p == 'l') {
			p++;
			spec->len = UK_FORMAT_LEN_LL;
		}
		break;
	case 'z':
		p++;
		spec->len = UK_FORMAT_LEN_Z;
		break;
	case 'j':
		p++;
		spec->len = UK_FORMAT_LEN_J;
		break;
	case 't':
		p++;
		spec->len = UK_FORMAT_LEN_T;
		break;
	case 'L':
		p++;
		spec->len = UK_FORMAT_LEN_BIGL;
		break;
	default:
		break;
	}

	spec->conv = *p;
	if (!*p) {
		*pp = p;
		return false;
	}
	*pp = p + 1;
	return true;
}

/* Run one parsed directive; @dir..@end is its text, for the fallback. */
static int format_one(uk_format_out_t out, void *ctx,
		      const struct uk_format_spec *spec, va_list *ap,
		      const char *dir, const char *end)
{
	switch (spec->conv) {
	case 'd':
	case 'i': {
		intmax_t v = fetch_signed(ap, spec->len);
		uintmax_t mag = v < 0 ? -(uintmax_t)v : (uintmax_t)v;

		return format_int(out, ctx, spec, mag, v < 0, true);
	}
	case 'u':
	case 'o':
	case 'x':
	case 'X':
		return format_int(out, ctx, spec, fetch_unsigned(ap, spec->len),
				  false, false);
	case 'p': {
		uintptr_t v = (uintptr_t)va_arg(*ap, void *);
		struct uk_format_spec ps = *spec;

		if (!v) {
			/*
			 * Like glibc: "(nil)", never shortened by a precision.
			 */
			ps.precision = -1;
			return emit_field(out, ctx, &ps, NULL, 0, 0, "(nil)",
					  5);
		}
		ps.conv = 'x';
		ps.flags |= UK_FORMAT_ALT;
		return format_int(out, ctx, &ps, v, false, true);
	}
	case 'c': {
		char c = (char)va_arg(*ap, int);

		return emit_field(out, ctx, spec, NULL, 0, 0, &c, 1);
	}
	case 's':
		return format_string(out, ctx, spec, va_arg(*ap, const char *));
	case '%':
		out(ctx, "%", 1);
		return 1;
	case 'f':
	case 'F':
	case 'e':
	case 'E':
	case 'g':
	case 'G':
		return uk_format_float(out, ctx, ap, spec);
	default:
		out(ctx, dir, (size_t)(end - dir));
		return (int)(end - dir);
	}
}

int uk_vformat(uk_format_out_t out, void *ctx, const char *fmt, va_list ap)
{
	struct uk_format_spec spec;
	va_list args;
	int total = 0;

	/*
	 * The helpers take the va_list by address. A va_list parameter may be
	 * an array type that decayed to a pointer, so &ap would have the wrong
	 * type on some ABIs; the address of a local copy is always right.
	 */
	va_copy(args, ap);
	while (*fmt) {
		const char *start = fmt, *dir;

		while (*fmt && *fmt != '%')
			fmt++;
		if (fmt > start) {
			out(ctx, start, (size_t)(fmt - start));
			total += (int)(fmt - start);
		}
		if (!*fmt)
			break;

		dir = fmt++;
		if (!parse_spec(&fmt, &spec, &args)) {
			/*
			 * The format ends inside a directive:
			 * show what is there.
			 */
			out(ctx, dir, (size_t)(fmt - dir));
			total += (int)(fmt - dir);
			break;
		}
		total += format_one(out, ctx, &spec, &args, dir, fmt);
	}
	va_end(args);
	return total;
}
