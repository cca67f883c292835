/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Base64 encoding (RFC 4648, standard alphabet, '=' padding) as a stream
 * of lines of at most 76 characters, for binary dumps on a text console.
 * Pure logic: no kernel dependency, nothing allocated.
 */
#ifndef UK_BASE64_H
#define UK_BASE64_H

#include <stddef.h>
#include <stdint.h>

#define UK_BASE64_LINE 76

/* Receives one line of base64 (NUL-terminated, without a newline). */
typedef void (*uk_base64_out_fn)(void *arg, const char *line);

struct uk_base64_enc {
	uk_base64_out_fn out;
	void *arg;
	uint8_t carry[3];
	unsigned int ncarry;
	char line[UK_BASE64_LINE + 1];
	unsigned int nline;
};

/* Start encoding; complete lines go to @out. */
void uk_base64_init(struct uk_base64_enc *e, uk_base64_out_fn out, void *arg);

/* Encode @len more bytes at @data. */
void uk_base64_update(struct uk_base64_enc *e, const void *data, size_t len);

/* Encode what is left, with padding, and hand over the last line. */
void uk_base64_final(struct uk_base64_enc *e);

#endif /* UK_BASE64_H */
