/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * libFuzzer target for the GDB stub's protocol core: arbitrary bytes into
 * the receive side of a session over the fake target (gdbstub_fake.h).
 * After every resume verdict the bytes go to uk_gdbstub_rx_feed() until it
 * asks for a stop, and the session is entered again, as the channel
 * interrupt and the trap handler will do. The target has threads
 * (fake_ops_threads). Beyond "no crash" (ASan, UBSan), the stub must still
 * answer a normal session afterwards: "$Hg0#df$g#67" appended to the input
 * gets a well-formed reply holding exactly the fake's registers, and so
 * does "$g#67" in a fresh session after the channel closed; closing left
 * no breakpoint or watchpoint behind.
 *
 * The first input byte steers the harness, so that mutations reach the
 * commands instead of dying as NAKs: bits 0-2 pick the stop kind; bits 5-7
 * repeat the rest of the input 2^n times (up to 128, so packets grow past
 * the packet size limit from inputs libFuzzer keeps small); then bit 3 frames
 * each line as one packet with the right checksum ("line mode"), or else
 * bit 4 puts the right checksum after each "$...#" in the raw bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "gdbstub_fake.h"

static struct fake F;
static struct uk_gdbstub GS;
static const struct uk_gdbstub_io IO = {
	.getc = fake_getc, .write = fake_write, .flush = fake_flush, .ctx = &F
};
/* With threads: the input may select another thread's registers (Hg),
 * so the closing check selects the stopped one again first. */
static const struct uk_gdbstub_target TGT = { &fake_arch, &fake_ops_threads,
					      &F };
/* Input after repetition: enough for a packet over the limit, no more
 * (every byte costs: the stub is built here with 384-byte packets, see
 * the Makefile); framed lines take up to five times that. */
#define REPEATED_MAX (UK_GDBSTUB_PACKET_SIZE + UK_GDBSTUB_PACKET_SIZE / 4)
static uint8_t stream[5 * REPEATED_MAX];
static char body[2 * UK_GDBSTUB_PACKET_SIZE];

/* Repeat [@p, @p + @n) @rounds times into stream; return the length. */
static size_t repeat(const uint8_t *p, size_t n, unsigned int rounds)
{
	for (unsigned int i = 0; i < rounds; i++)
		memcpy(stream + i * n, p, n);
	return rounds * n;
}

/* Frame each '\n'-terminated line of stream[0..n) as "$line#cs", in place
 * from the back; return the new length (at most 5 * n). */
static size_t frame_lines(size_t n)
{
	static uint8_t lines[REPEATED_MAX];
	size_t o = 0, start = 0;

	memcpy(lines, stream, n);
	for (size_t i = 0; i <= n; i++) {
		unsigned int sum = 0;

		if (i < n && lines[i] != '\n')
			continue;
		stream[o++] = '$';
		for (size_t k = start; k < i; k++) {
			sum += lines[k];
			stream[o++] = lines[k];
		}
		stream[o++] = '#';
		stream[o++] = (uint8_t) "0123456789abcdef"[(sum >> 4) & 0xf];
		stream[o++] = (uint8_t) "0123456789abcdef"[sum & 0xf];
		start = i + 1;
	}
	return o;
}

/* Put the right checksum after every '#' that ends a "$..." run. */
static void fix_checksums(uint8_t *p, size_t n)
{
	unsigned int sum = 0;
	bool in = false;

	for (size_t i = 0; i < n; i++) {
		if (p[i] == '$') {
			in = true;
			sum = 0;
		} else if (in && p[i] == '#') {
			in = false;
			if (i + 2 < n) {
				p[i + 1] =
				    (uint8_t) "0123456789abcdef"[(sum >> 4) &
								 0xf];
				p[i + 2] =
				    (uint8_t) "0123456789abcdef"[sum & 0xf];
				i += 2;
			}
		} else if (in) {
			sum += p[i];
		}
	}
}

/* The last packet written must be a g reply with the fake's registers. */
static void check_g_reply(void)
{
	const char *end = F.out + F.out_len, *d = NULL;
	char want[2 * FAKE_REGSLEN + 1];
	struct frame fr;
	size_t n;

	for (const char *p = end; p > F.out && !d;)
		if (*--p == '$')
			d = p;
	if (!d || frames_split(d, (size_t)(end - d), &fr, 1) != 1 ||
	    fr.kind != '$' || !fr.csum_ok ||
	    fr.raw_off + fr.raw_len + 3 != (size_t)(end - d))
		abort();
	n = frame_decode(d + fr.raw_off, fr.raw_len, body, sizeof(body), false);
	for (size_t i = 0; i < FAKE_REGSLEN; i++) {
		want[2 * i] = "0123456789abcdef"[F.regs[i] >> 4];
		want[2 * i + 1] = "0123456789abcdef"[F.regs[i] & 0xf];
	}
	if (n != 2 * FAKE_REGSLEN || memcmp(body, want, n) != 0)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char hg_g[] = "$Hg0#df$g#67", g[] = "$g#67";
	struct uk_gdbstub_stop stop = { UK_GDBSTUB_SIGTRAP,
					UK_GDBSTUB_STOP_SIGNAL, FAKE_BASE };
	struct uk_gdbstub_resume r;
	unsigned int rounds;
	size_t n;

	if (size < 1 || size - 1 > REPEATED_MAX)
		return 0;
	rounds = 1u << (data[0] >> 5);
	while (rounds > 1 && rounds * (size - 1) > REPEATED_MAX)
		rounds /= 2;
	if (!fake_xml[0])
		fake_xml_make();
	fake_reset(&F);
	if (uk_gdbstub_init(&GS, &IO, &TGT) != 0)
		abort();
	stop.kind = (enum uk_gdbstub_stop_kind)((data[0] & 7) % 6);
	n = repeat(data + 1, size - 1, rounds);
	if (data[0] & 0x08)
		n = frame_lines(n);
	else if (data[0] & 0x10)
		fix_checksums(stream, n);

	fake_input(&F, stream, n);
	/* Beyond, the stub only repeats itself. */
	F.out_budget = 2 * UK_GDBSTUB_PACKET_SIZE;
	F.tail = hg_g;
	F.tail_len = sizeof(hg_g) - 1;
	for (;;) {
		int c;

		uk_gdbstub_session(&GS, &stop, &r);
		if (r.action > UK_GDBSTUB_CLOSED)
			abort();
		if (r.action == UK_GDBSTUB_CLOSED)
			break;
		/* Running: every byte goes through the receive interrupt. */
		while ((c = fake_getc(&F)) >= 0 &&
		       !uk_gdbstub_rx_feed(&GS, (char)c))
			;
	}
	check_g_reply();

	/* Closing removed everything. */
	for (int i = 0; i < UK_GDBSTUB_SWBP_MAX; i++)
		if (GS.swbp[i].refs)
			abort();
	for (int i = 0; i < FAKE_HW; i++)
		if (F.hw[i].used)
			abort();

	/* A new debugger gets the normal, acked, session. */
	fake_input(&F, g, sizeof(g) - 1);
	uk_gdbstub_session(&GS, &stop, &r);
	if (r.action != UK_GDBSTUB_CLOSED || F.out_len < 1 || F.out[0] != '+')
		abort();
	check_g_reply();
	return 0;
}
