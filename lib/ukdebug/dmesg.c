/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The kernel message ring (<uk/dmesg.h>): a byte ring and the count of
 * bytes ever written, which gives both where the next byte goes and where
 * the oldest still held starts.
 */
#include <uk/dmesg.h>
#include <string.h>

#define RING_SIZE CONFIG_LIBUKDEBUG_DMESG_SIZE

static char ring[RING_SIZE];
static uint64_t written;

void uk_dmesg_write(const char *s, size_t len)
{
	if (len > RING_SIZE) {
		s += len - RING_SIZE;
		written += len - RING_SIZE;
		len = RING_SIZE;
	}
	while (len) {
		size_t at = written % RING_SIZE;
		size_t n = MIN(len, RING_SIZE - at);

		memcpy(ring + at, s, n);
		written += n;
		s += n;
		len -= n;
	}
}

void uk_dmesg_view(struct uk_dmesg_view *v)
{
	uint64_t start = written > RING_SIZE ? written - RING_SIZE : 0;

	/* Once the ring has wrapped, its oldest line is cut: skip it. */
	if (start) {
		while (start < written && ring[start % RING_SIZE] != '\n')
			start++;
		if (start < written)
			start++;
	}
	v->start = start;
	v->len = written - start;
}

void uk_dmesg_read(const struct uk_dmesg_view *v, size_t off, void *buf,
		   size_t len)
{
	char *out = buf;

	while (len) {
		size_t at = (v->start + off) % RING_SIZE;
		size_t n = MIN(len, RING_SIZE - at);

		memcpy(out, ring + at, n);
		out += n;
		off += n;
		len -= n;
	}
}
