/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Packet layer of the GDB stub: the receive state machine for
 * "$data#cs", fed one byte at a time; acks and NAKs; retransmission of the
 * last packet when the debugger NAKs it; and framing of replies, with
 * run-length encoding for text and escapes for binary data. It does not
 * know what packets mean, except the two that open a connection, because
 * they change the ack rules.
 */
#include <string.h>
#include "gdbstub_internal.h"
#include "hex.h"

enum { RX_IDLE, RX_DATA, RX_CSUM1, RX_CSUM2 };

/*
 * Run-length encoding: "c*n" stands for c repeated 1 + (n - 29) times.
 * The count character must stay printable (at most '~', so 97 repeats)
 * and must not be '$' or '#', which frame packets; older protocol texts
 * also rule out '+' and '-', the ack characters, which costs nothing.
 */
#define RLE_BASE 29
#define RLE_MIN	 3 /* shorter runs do not save a byte */
#define RLE_MAX	 ('~' - RLE_BASE)

static bool rle_count_forbidden(size_t n)
{
	char c = (char)(n + RLE_BASE);

	return c == '$' || c == '#' || c == '+' || c == '-';
}

/* Characters a binary reply must escape as '}' followed by c ^ 0x20: the
 * framing characters, the escape itself, and '*', which gdb would take
 * for run-length encoding before it removes escapes. */
static bool needs_escape(char c)
{
	return c == '$' || c == '#' || c == '}' || c == '*';
}

/*
 * Binary replies (crash dumps, memory) are framed eight bytes at a time:
 * a byte loop costs tens of nanoseconds per byte under emulation, which
 * was most of a dump's transfer time. 0x80 in each byte of @w equal to
 * @c, 0 elsewhere (exact: no carry crosses a byte). Built
 * freestanding, memcpy and small functions stay calls unless forced.
 */
#define ONES  0x0101010101010101ULL
#define LOW7  0x7f7f7f7f7f7f7f7fULL
#define LANES 0x00ff00ff00ff00ffULL

static inline __attribute__((always_inline)) uint64_t bytes_equal(uint64_t w,
								  uint8_t c)
{
	uint64_t x = w ^ (ONES * c);

	return ~(((x & LOW7) + LOW7) | x | LOW7);
}

/* Whether a byte of @w needs an escape. */
static inline __attribute__((always_inline)) bool word_needs_escape(uint64_t w)
{
	return bytes_equal(w, '$') | bytes_equal(w, '#') | bytes_equal(w, '}') |
	       bytes_equal(w, '*');
}

/* The sum of the bytes of @w, modulo 256. */
static inline __attribute__((always_inline)) uint8_t word_sum(uint64_t w)
{
	uint64_t pairs = (w & LANES) + ((w >> 8) & LANES);

	return (uint8_t)((pairs * 0x0001000100010001ULL) >> 48);
}

static void io_write(struct uk_gdbstub *gs, const char *buf, size_t len)
{
	gs->io->write(gs->io->ctx, buf, len);
	gs->stats.bytes_out += len;
	gs->written = true;
}

void gdb_flush(struct uk_gdbstub *gs)
{
	if (gs->written && gs->io->flush)
		gs->io->flush(gs->io->ctx);
	gs->written = false;
}

void gdb_rx_reset(struct uk_gdbstub *gs)
{
	gs->rx_state = RX_IDLE;
	gs->rx_pending = GDB_RX_NONE;
	gs->rx_len = 0;
	gs->rx_overflow = false;
	gs->noack = false;
	gs->noack_just_started = false;
	gs->ack_owed = false;
	gs->tx_len = 0;
}

static bool rx_is(const struct uk_gdbstub *gs, const char *name)
{
	size_t n = strlen(name);

	return gs->rx_len >= n && memcmp(gs->rx, name, n) == 0 &&
	       (gs->rx_len == n || gs->rx[n] == ':');
}

/*
 * Whether the packet just received is acked. In ack mode every one is.
 * But a debugger connecting sends its first packet in ack mode and waits
 * for the ack even when the stub is still in no-ack mode because the
 * previous debugger vanished without detaching (a serial line never says
 * it closed). gdb opens with qSupported, LLDB with QStartNoAckMode and
 * then qSupported, already in no-ack mode. So QStartNoAckMode is always
 * acked, and a qSupported that does not directly follow it is a new
 * connection: back to ack mode.
 */
static bool rx_wants_ack(struct uk_gdbstub *gs)
{
	if (!gs->noack)
		return true;
	if (rx_is(gs, "QStartNoAckMode"))
		return true;
	if (rx_is(gs, "qSupported") && !gs->noack_just_started) {
		gs->noack = false;
		return true;
	}
	return false;
}

static enum gdb_rx_event rx_complete(struct uk_gdbstub *gs)
{
	gs->rx_state = RX_IDLE;
	if (gs->rx_csum != gs->rx_sum) {
		gs->stats.bad_packets++;
		/* Ask for the packet again; without acks there is no asking. */
		if (!gs->noack)
			io_write(gs, "-", 1);
		return GDB_RX_NONE;
	}
	gs->stats.packets_in++;
	gs->ack_owed = rx_wants_ack(gs);
	if (gs->rx_overflow)
		return GDB_RX_TOOBIG;
	gs->rx[gs->rx_len] = '\0';
	return GDB_RX_PACKET;
}

enum gdb_rx_event gdb_rx_byte(struct uk_gdbstub *gs, uint8_t c)
{
	int d;

	gs->stats.bytes_in++;
	/* A '$' always starts over: a packet cut short is dropped, never
	 * glued to the next one (data cannot hold a raw '$'). */
	if (c == '$') {
		gs->rx_state = RX_DATA;
		gs->rx_len = 0;
		gs->rx_sum = 0;
		gs->rx_overflow = false;
		return GDB_RX_BEGIN;
	}
	switch (gs->rx_state) {
	case RX_IDLE:
		if (c == 0x03)
			return GDB_RX_INTERRUPT;
		if (c == '-' && !gs->noack && gs->tx_len)
			io_write(gs, gs->tx + 1, gs->tx_len);
		return GDB_RX_NONE; /* '+' and noise */
	case RX_DATA:
		if (c == '#') {
			gs->rx_state = RX_CSUM1;
			return GDB_RX_NONE;
		}
		gs->rx_sum += c;
		if (gs->rx_len < UK_GDBSTUB_PACKET_SIZE)
			gs->rx[gs->rx_len++] = (char)c;
		else
			gs->rx_overflow =
			    true; /* read on to the end, then refuse */
		return GDB_RX_NONE;
	case RX_CSUM1:
	case RX_CSUM2:
		d = gdb_hex_val((char)c);
		if (d < 0) {
			/* Not a checksum: count it as a wrong one. */
			gs->rx_csum = (uint8_t)~gs->rx_sum;
			return rx_complete(gs);
		}
		if (gs->rx_state == RX_CSUM1) {
			gs->rx_csum = (uint8_t)(d << 4);
			gs->rx_state = RX_CSUM2;
			return GDB_RX_NONE;
		}
		gs->rx_csum |= (uint8_t)d;
		return rx_complete(gs);
	}
	return GDB_RX_NONE;
}

size_t gdb_binary_fit(const char *s, size_t n, size_t room)
{
	size_t i = 0, used = 0;
	uint64_t w;

	while (i < n) {
		if (n - i >= 8 && room - used >= 8) {
			__builtin_memcpy(&w, s + i, 8);
			if (!word_needs_escape(w)) {
				used += 8;
				i += 8;
				continue;
			}
		}
		used += needs_escape(s[i]) ? 2 : 1;
		if (used > room)
			break;
		i++;
	}
	return i;
}

/* Binary data: escapes, no run-length encoding (gdb would take a '*' in
 * the data for one). Return the bytes written to @d, the sum in *@sum. */
static size_t frame_binary(const char *s, size_t n, char *d, uint8_t *sum)
{
	uint8_t cs = 0;
	size_t o = 0;
	uint64_t w;

	for (size_t i = 0; i < n; i++) {
		char c = s[i];

		if (n - i >= 8) {
			__builtin_memcpy(&w, s + i, 8);
			if (!word_needs_escape(w)) {
				__builtin_memcpy(d + o, &w, 8);
				cs += word_sum(w);
				o += 8;
				i += 7;
				continue;
			}
		}
		if (needs_escape(c)) {
			d[o++] = '}';
			cs += '}';
			c ^= 0x20;
		}
		d[o++] = c;
		cs += (uint8_t)c;
	}
	*sum = cs;
	return o;
}

/*
 * Text, run-length encoded. The hot path of memory reads: most characters
 * differ from the next, and one compare settles those.
 */
static size_t frame_text(const char *s, size_t n, char *d, uint8_t *sum)
{
	uint8_t cs = 0;
	size_t o = 0;

	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		size_t run;

		d[o++] = c;
		cs += (uint8_t)c;
		if (i + RLE_MIN >= n || s[i + 1] != c)
			continue;
		for (run = 1;
		     run < RLE_MAX && i + 1 + run < n && s[i + 1 + run] == c;
		     run++)
			;
		if (run < RLE_MIN)
			continue;
		while (rle_count_forbidden(run))
			run--;
		d[o++] = '*';
		d[o++] = (char)(run + RLE_BASE);
		cs += (uint8_t)'*' + (uint8_t)(run + RLE_BASE);
		i += run;
	}
	*sum = cs;
	return o;
}

/* Frame gs->reply as "$...#cs" into gs->tx from tx[1]; return its length. */
static size_t frame_reply(struct uk_gdbstub *gs)
{
	char *d = gs->tx + 1;
	uint8_t sum;
	size_t o = 1;

	d[0] = '$';
	if (gs->reply_overflow)
		o += frame_text("E02", 3, d + o, &sum);
	else if (gs->reply_binary)
		o += frame_binary(gs->reply, gs->reply_len, d + o, &sum);
	else
		o += frame_text(gs->reply, gs->reply_len, d + o, &sum);
	d[o++] = '#';
	d[o++] = gdb_hex_digit(sum >> 4);
	d[o++] = gdb_hex_digit(sum);
	return o;
}

void gdb_send_reply(struct uk_gdbstub *gs)
{
	gs->tx_len = frame_reply(gs);
	gs->stats.packets_out++;
	if (gs->ack_owed) {
		/* The ack and the reply in one write: one buffer for the
		 * channel to move instead of two. */
		gs->tx[0] = '+';
		io_write(gs, gs->tx, gs->tx_len + 1);
	} else {
		io_write(gs, gs->tx + 1, gs->tx_len);
	}
	gs->ack_owed = false;
}

void gdb_send_ack(struct uk_gdbstub *gs)
{
	if (gs->ack_owed)
		io_write(gs, "+", 1);
	gs->ack_owed = false;
}
