/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The non-variadic half of nolibc's stdio: vprintf, vsnprintf, puts and
 * putchar, each a sink for the format engine. Console output is gathered
 * in a small stack buffer so the UART driver sees runs, not single bytes;
 * nothing is allocated, so printing works before the heap exists.
 */
#include <stdio.h>
#include <string.h>
#include <uk/format.h>
#include <uk/plat/console.h>

/* Big enough for a typical line, small enough for any kernel stack. */
#define CONS_BUF 128

struct cons_sink {
	size_t len;
	char buf[CONS_BUF];
};

static void cons_out(void *ctx, const char *s, size_t n)
{
	struct cons_sink *cs = ctx;

	while (n) {
		size_t k = CONS_BUF - cs->len;

		if (k > n)
			k = n;
		for (size_t i = 0; i < k; i++)
			cs->buf[cs->len + i] = s[i];
		cs->len += k;
		s += k;
		n -= k;
		if (cs->len == CONS_BUF) {
			ukplat_cons_write(cs->buf, cs->len);
			cs->len = 0;
		}
	}
}

int vprintf(const char *restrict fmt, va_list ap)
{
	struct cons_sink cs;
	int n;

	cs.len = 0; /* the buffer needs no clearing: len says what is valid */
	n = uk_vformat(cons_out, &cs, fmt, ap);

	if (cs.len)
		ukplat_cons_write(cs.buf, cs.len);
	return n;
}

/* snprintf's sink: keep what fits, count everything. */
struct buf_sink {
	char *buf;
	size_t size;
	size_t len;
};

static void buf_out(void *ctx, const char *s, size_t n)
{
	struct buf_sink *bs = ctx;
	/* Room for characters is size - 1: the last byte is the terminator. */
	size_t room = bs->len + 1 < bs->size ? bs->size - 1 - bs->len : 0;

	if (room)
		memcpy(bs->buf + bs->len, s, n < room ? n : room);
	bs->len += n;
}

int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt,
	      va_list ap)
{
	struct buf_sink bs = { .buf = buf, .size = size, .len = 0 };
	int n = uk_vformat(buf_out, &bs, fmt, ap);

	if (size)
		buf[bs.len < size ? bs.len : size - 1] = '\0';
	return n;
}

int puts(const char *s)
{
	size_t len = 0;

	while (s[len])
		len++;
	ukplat_cons_write(s, len);
	ukplat_cons_write("\n", 1);
	return 0;
}

int putchar(int c)
{
	char ch = (char)c;

	ukplat_cons_write(&ch, 1);
	return (unsigned char)c;
}
