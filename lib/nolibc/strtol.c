/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * strtol, strtoul, strtoull and atoi: one parser for the C rules (white
 * space, sign, 0x/0 prefixes for base 0 and 16, clamping with ERANGE),
 * three ways to clamp its result.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <limits.h>
#include <errno.h>
#include <uk/digit.h>

static bool is_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/*
 * Parse the magnitude at @s, clamped to @max (or @max_neg after a '-').
 * Set *@neg and *@over; store the end in *@end. No digits: *@end = @s.
 */
static unsigned long long parse(const char *s, char **end, int base,
				unsigned long long max,
				unsigned long long max_neg, bool *neg,
				bool *over)
{
	const char *p = s;
	unsigned long long v = 0, lim;
	bool any = false;

	*neg = false;
	*over = false;
	if (base < 0 || base == 1 || base > 36) {
		errno = EINVAL;
		if (end)
			*end = (char *)s;
		return 0;
	}
	while (is_space(*p))
		p++;
	if (*p == '+' || *p == '-')
		*neg = (*p++ == '-');
	lim = *neg ? max_neg : max;

	/* "0x" counts as a prefix only if a hex digit follows it. */
	if ((base == 0 || base == 16) && p[0] == '0' &&
	    (p[1] == 'x' || p[1] == 'X') && uk_digit_value(p[2]) < 16) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = (*p == '0') ? 8 : 10;
	}

	for (; uk_digit_value(*p) < (unsigned int)base; p++) {
		unsigned int d = uk_digit_value(*p);

		any = true;
		if (*over || v > (lim - d) / (unsigned int)base)
			*over = true;
		else
			v = v * (unsigned int)base + d;
	}
	if (end)
		*end = (char *)(any ? p : s);
	if (*over) {
		errno = ERANGE;
		return lim;
	}
	return v;
}

long strtol(const char *restrict s, char **restrict end, int base)
{
	bool neg, over;
	unsigned long long v =
	    parse(s, end, base, LONG_MAX, (unsigned long long)LONG_MAX + 1,
		  &neg, &over);

	/* -v cannot overflow here: v <= LONG_MAX + 1 after a '-'. */
	return neg ? (long)(0 - v) : (long)v;
}

unsigned long strtoul(const char *restrict s, char **restrict end, int base)
{
	bool neg, over;
	unsigned long long v =
	    parse(s, end, base, ULONG_MAX, ULONG_MAX, &neg, &over);

	if (over)
		return ULONG_MAX;
	return neg ? (unsigned long)(0 - v) : (unsigned long)v;
}

unsigned long long strtoull(const char *restrict s, char **restrict end,
			    int base)
{
	bool neg, over;
	unsigned long long v =
	    parse(s, end, base, ULLONG_MAX, ULLONG_MAX, &neg, &over);

	if (over)
		return ULLONG_MAX;
	return neg ? 0 - v : v;
}

int atoi(const char *s)
{
	return (int)strtol(s, NULL, 10);
}

int abs(int x)
{
	return x < 0 ? -x : x;
}
