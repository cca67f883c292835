/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukcoredump: a dump as text lines for a console that may drop
 * or wrap lines (docs/crashdump.md, "Console encoding"):
 *
 *   -----BEGIN LANTERN CORE size=<bytes> lines=<n> chunk=45-----
 *   LC <seq> <base64 of 45 bytes> <CRC-32 of the chunk, 8 hex>
 *   -----END LANTERN CORE crc=<CRC-32 of the whole file>-----
 *
 * Every line is shorter than 80 columns up to a million lines (45 MB).
 * Pure logic: no kernel dependency, nothing allocated.
 */
#ifndef UKCOREDUMP_LINES_H
#define UKCOREDUMP_LINES_H

#include <stddef.h>
#include <stdint.h>

#define CD_CHUNK    45
#define CD_LINE_MAX 96

/* Receives one line, with its newline, @len bytes. */
typedef void (*cd_line_fn)(void *arg, const char *line, size_t len);

struct cd_lines {
	cd_line_fn out;
	void *arg;
	uint32_t crc;
	uint64_t seq;
};

/* Number of chunk lines of a file of @size bytes. */
uint64_t cd_lines_count(uint64_t size);

/* Start a block for a file of @size bytes: the BEGIN line. */
void cd_lines_begin(struct cd_lines *l, uint64_t size, cd_line_fn out,
		    void *arg);

/* The next chunk: @len bytes, CD_CHUNK except for the last. */
void cd_lines_chunk(struct cd_lines *l, const void *data, size_t len);

/* The END line, with the CRC of every chunk so far. */
void cd_lines_end(struct cd_lines *l);

#endif /* UKCOREDUMP_LINES_H */
