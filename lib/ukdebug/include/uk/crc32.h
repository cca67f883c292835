/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * CRC-32 (IEEE 802.3, the one of zlib, gzip and PNG), for checksums that
 * host tools verify with zlib.crc32(). Pure logic: no kernel dependency.
 */
#ifndef UK_CRC32_H
#define UK_CRC32_H

#include <stddef.h>
#include <stdint.h>

/*
 * Continue the CRC @crc (0 to start) over @len bytes at @data; return the
 * CRC of everything so far.
 */
uint32_t uk_crc32(uint32_t crc, const void *data, size_t len);

#endif /* UK_CRC32_H */
