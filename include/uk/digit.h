/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What a digit is worth, for every number parser of the tree (nolibc's
 * strtol, ukstore's value codec, the GDB stub's hex). Includes nothing, so
 * that libc code built without the host's headers can use it too.
 */
#ifndef UK_DIGIT_H
#define UK_DIGIT_H

/* What uk_digit_value() returns for a character that is no digit. */
#define UK_DIGIT_NONE 36

/*
 * Return the value of @c as a digit of a base up to 36: '0'-'9' are 0-9,
 * 'a'-'z' and 'A'-'Z' are 10-35, anything else is UK_DIGIT_NONE. So
 * `uk_digit_value(c) < base` tells whether @c is a digit of that base.
 */
static inline unsigned int uk_digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return (unsigned int)(c - '0');
	if (c >= 'a' && c <= 'z')
		return (unsigned int)(c - 'a') + 10;
	if (c >= 'A' && c <= 'Z')
		return (unsigned int)(c - 'A') + 10;
	return UK_DIGIT_NONE;
}

#endif /* UK_DIGIT_H */
