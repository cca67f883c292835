/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Base64 as a stream: three bytes become four characters, 76 characters
 * (57 bytes) make a line.
 */
#include <uk/base64.h>

static const char alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void put_char(struct uk_base64_enc *e, char c)
{
	e->line[e->nline++] = c;
	if (e->nline == UK_BASE64_LINE) {
		e->line[e->nline] = '\0';
		e->out(e->arg, e->line);
		e->nline = 0;
	}
}

/* Four characters for @n (1..3) bytes at @b, '=' for the missing ones. */
static void put_group(struct uk_base64_enc *e, const uint8_t *b, unsigned n)
{
	uint32_t v = (uint32_t)b[0] << 16;

	if (n > 1)
		v |= (uint32_t)b[1] << 8;
	if (n > 2)
		v |= b[2];
	put_char(e, alphabet[(v >> 18) & 63]);
	put_char(e, alphabet[(v >> 12) & 63]);
	put_char(e, n > 1 ? alphabet[(v >> 6) & 63] : '=');
	put_char(e, n > 2 ? alphabet[v & 63] : '=');
}

void uk_base64_init(struct uk_base64_enc *e, uk_base64_out_fn out, void *arg)
{
	e->out = out;
	e->arg = arg;
	e->ncarry = 0;
	e->nline = 0;
}

void uk_base64_update(struct uk_base64_enc *e, const void *data, size_t len)
{
	const uint8_t *p = data;

	while (len--) {
		e->carry[e->ncarry++] = *p++;
		if (e->ncarry == 3) {
			put_group(e, e->carry, 3);
			e->ncarry = 0;
		}
	}
}

void uk_base64_final(struct uk_base64_enc *e)
{
	if (e->ncarry)
		put_group(e, e->carry, e->ncarry);
	e->ncarry = 0;
	if (e->nline) {
		e->line[e->nline] = '\0';
		e->out(e->arg, e->line);
		e->nline = 0;
	}
}
