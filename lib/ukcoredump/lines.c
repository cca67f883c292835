/* SPDX-License-Identifier: BSD-3-Clause */
/* The console encoding of a dump (lines.h), on ukdebug's codecs. */
#include <stdio.h>
#include <string.h>
#include <uk/base64.h>
#include <uk/crc32.h>
#include "lines.h"

uint64_t cd_lines_count(uint64_t size)
{
	return (size + CD_CHUNK - 1) / CD_CHUNK;
}

void cd_lines_begin(struct cd_lines *l, uint64_t size, cd_line_fn out,
		    void *arg)
{
	char line[CD_LINE_MAX];
	int n;

	l->out = out;
	l->arg = arg;
	l->crc = 0;
	l->seq = 0;
	n = snprintf(line, sizeof(line),
		     "-----BEGIN LANTERN CORE size=%llu lines=%llu "
		     "chunk=%d-----\n",
		     (unsigned long long)size,
		     (unsigned long long)cd_lines_count(size), CD_CHUNK);
	out(arg, line, n);
}

/* A chunk is at most 45 bytes: its base64 is one line of the encoder. */
static void take_b64(void *arg, const char *b64)
{
	char *dst = arg;

	memcpy(dst, b64, strlen(b64) + 1);
}

void cd_lines_chunk(struct cd_lines *l, const void *data, size_t len)
{
	struct uk_base64_enc enc;
	char b64[UK_BASE64_LINE + 1] = "", line[CD_LINE_MAX];
	int n;

	uk_base64_init(&enc, take_b64, b64);
	uk_base64_update(&enc, data, len);
	uk_base64_final(&enc);
	l->crc = uk_crc32(l->crc, data, len);
	n = snprintf(line, sizeof(line), "LC %llu %s %08x\n",
		     (unsigned long long)l->seq++, b64,
		     (unsigned int)uk_crc32(0, data, len));
	l->out(l->arg, line, n);
}

void cd_lines_end(struct cd_lines *l)
{
	char line[CD_LINE_MAX];
	int n;

	n = snprintf(line, sizeof(line),
		     "-----END LANTERN CORE crc=%08x-----\n",
		     (unsigned int)l->crc);
	l->out(l->arg, line, n);
}
