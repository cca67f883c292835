/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The printf engine shared by nolibc's printf family and the kernel's log:
 * uk_vformat() parses a C format and hands the produced text to a sink
 * callback in pieces, so callers decide where the characters go (console,
 * buffer, counter) and nothing is allocated.
 *
 * Conversions: %d %i %u %o %x %X %c %s %p %% and %f %F %e %E %g %G; flags
 * "-+ #0"; width and precision, both also as '*'; lengths hh h l ll z j t
 * (and L for the float conversions, printed at double precision). %n, %a
 * and positional arguments are not supported: such a directive is printed
 * as it stands. Widths and precisions are clamped at 2^24.
 */
#ifndef UK_FORMAT_H
#define UK_FORMAT_H

#include <stddef.h>
#include <stdarg.h>

/* Receives @n produced characters at @s (not NUL-terminated). */
typedef void (*uk_format_out_t)(void *ctx, const char *s, size_t n);

/* Flags of a conversion specification. */
#define UK_FORMAT_LEFT	0x01 /* '-': pad on the right */
#define UK_FORMAT_PLUS	0x02 /* '+': always print a sign */
#define UK_FORMAT_SPACE 0x04 /* ' ': space where '+' would go */
#define UK_FORMAT_ALT	0x08 /* '#': alternate form */
#define UK_FORMAT_ZERO	0x10 /* '0': pad with zeros after the sign */

/* Length modifiers, as far as a conversion cares. */
enum uk_format_len {
	UK_FORMAT_LEN_NONE,
	UK_FORMAT_LEN_HH,
	UK_FORMAT_LEN_H,
	UK_FORMAT_LEN_L,
	UK_FORMAT_LEN_LL,
	UK_FORMAT_LEN_Z,
	UK_FORMAT_LEN_J,
	UK_FORMAT_LEN_T,
	UK_FORMAT_LEN_BIGL,
};

/* One parsed conversion specification, e.g. "%-08.3lx". */
struct uk_format_spec {
	unsigned int flags; /* UK_FORMAT_* */
	int width;	    /* minimum field width, 0 when none */
	int precision;	    /* -1 when none was given */
	enum uk_format_len len;
	char conv; /* conversion character, e.g. 'x' */
};

/*
 * Format @fmt with the arguments in @ap, passing the output to @out with
 * @ctx. Return the number of characters produced.
 */
int uk_vformat(uk_format_out_t out, void *ctx, const char *fmt, va_list ap);

/*
 * Emit one floating-point conversion (%f %F %e %E %g %G) described by
 * @spec, taking its double (long double for L) from *@ap. Return the number
 * of characters produced. Lives in format_float.c, the only part of the
 * engine built with floating point enabled, so that uk_vformat() itself can
 * run in kernel code compiled with general registers only.
 */
int uk_format_float(uk_format_out_t out, void *ctx, va_list *ap,
		    const struct uk_format_spec *spec);

/*
 * Emit @n copies of @c (@n <= 0 emits nothing); return max(@n, 0). For
 * conversions that do their own padding, such as uk_format_float().
 */
int uk_format_pad(uk_format_out_t out, void *ctx, char c, int n);

#endif /* UK_FORMAT_H */
