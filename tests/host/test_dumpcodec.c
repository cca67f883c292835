/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The dump codecs of ukdebug: CRC-32 (lib/ukdebug/crc32.c) against the
 * standard check value and a bitwise reference, fed whole or in pieces;
 * base64 (lib/ukdebug/base64.c) against RFC 4648's vectors, decoded back
 * by a reference decoder, and cut into lines of 76 characters.
 */
#include <stdlib.h>
#include <string.h>
#include <uk/base64.h>
#include <uk/crc32.h>
#include "check.h"

/* The textbook bit-at-a-time CRC-32. */
static uint32_t crc_ref(const uint8_t *p, size_t n)
{
	uint32_t c = 0xffffffff;

	while (n--) {
		c ^= *p++;
		for (int k = 0; k < 8; k++)
			c = (c >> 1) ^ (c & 1 ? 0xedb88320 : 0);
	}
	return ~c;
}

static void test_crc32(void)
{
	uint8_t buf[1000];
	uint32_t c = 0;

	CHECK(uk_crc32(0, "123456789", 9) == 0xcbf43926, "check value");
	CHECK(uk_crc32(0, "", 0) == 0, "empty");
	srand(1);
	for (size_t i = 0; i < sizeof(buf); i++)
		buf[i] = (uint8_t)rand();
	CHECK(uk_crc32(0, buf, sizeof(buf)) == crc_ref(buf, sizeof(buf)),
	      "random bytes");
	for (size_t i = 0; i < sizeof(buf); i += 7)
		c = uk_crc32(c, buf + i,
			     sizeof(buf) - i < 7 ? sizeof(buf) - i : 7);
	CHECK(c == crc_ref(buf, sizeof(buf)), "in pieces: %08x", c);
}

/* Lines the encoder produced, joined by '\n'. */
static char text[4096];
static int lines;

static void collect(void *arg, const char *line)
{
	CHECK(arg == text, "argument passed through");
	CHECK(strlen(line) <= UK_BASE64_LINE, "line of %zu", strlen(line));
	strcat(text, line);
	strcat(text, "\n");
	lines++;
}

static const char *encode(const void *data, size_t len, size_t piece)
{
	struct uk_base64_enc e;
	const uint8_t *p = data;

	text[0] = '\0';
	lines = 0;
	uk_base64_init(&e, collect, text);
	for (size_t i = 0; i < len; i += piece)
		uk_base64_update(&e, p + i, len - i < piece ? len - i : piece);
	uk_base64_final(&e);
	return text;
}

static int value(char c)
{
	const char *a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
			"0123456789+/";
	const char *p = c ? strchr(a, c) : NULL;

	return p ? (int)(p - a) : -1;
}

/* A reference decoder, skipping newlines; returns the length. */
static size_t decode(const char *s, uint8_t *out)
{
	uint32_t acc = 0;
	int bits = 0;
	size_t n = 0;

	for (; *s; s++) {
		if (*s == '\n' || *s == '=')
			continue;
		acc = acc << 6 | (uint32_t)value(*s);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[n++] = (uint8_t)(acc >> bits);
		}
	}
	return n;
}

static void test_base64(void)
{
	static const char *const rfc[][2] = {
		{ "", "" },
		{ "f", "Zg==\n" },
		{ "fo", "Zm8=\n" },
		{ "foo", "Zm9v\n" },
		{ "foob", "Zm9vYg==\n" },
		{ "fooba", "Zm9vYmE=\n" },
		{ "foobar", "Zm9vYmFy\n" },
	};
	uint8_t buf[1000], back[1000];

	for (size_t i = 0; i < ARRAY_LEN(rfc); i++)
		for (size_t piece = 1; piece <= 4; piece++)
			CHECK(
			    strcmp(encode(rfc[i][0], strlen(rfc[i][0]), piece),
				   rfc[i][1]) == 0,
			    "\"%s\" by %zu: %s", rfc[i][0], piece, text);
	CHECK(lines == 1, "one line");

	for (size_t i = 0; i < sizeof(buf); i++)
		buf[i] = (uint8_t)(i * 131 + 7);
	/* 57 bytes make exactly one full line */
	encode(buf, 57, 57);
	CHECK(lines == 1 && strlen(text) == 77, "57 bytes: %s", text);
	encode(buf, 58, 5);
	CHECK(lines == 2 && strlen(text) == 77 + 5, "58 bytes: %s", text);
	for (size_t len = 0; len < sizeof(buf); len += 97) {
		encode(buf, len, 13);
		CHECK(lines == (int)((len + 56) / 57), "%zu bytes: %d lines",
		      len, lines);
		CHECK(decode(text, back) == len && !memcmp(back, buf, len),
		      "%zu bytes round trip", len);
	}
}

int main(void)
{
	test_crc32();
	test_base64();
	return check_summary("test_dumpcodec");
}
