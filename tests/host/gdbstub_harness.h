/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The harness the GDB stub's host tests share: one session (GS) over a fake
 * transport and a fake target (gdbstub_fake.h), helpers that frame
 * requests, run the session, and decode the replies with the reference
 * decoder. Each test program includes it once.
 */
#ifndef GDBSTUB_HARNESS_H
#define GDBSTUB_HARNESS_H

#include <stdarg.h>
#include "check.h"
#include "gdbstub_fake.h"
#include "hex.h"

/* Not every test program uses every helper. */
#define HARNESS __attribute__((unused))

HARNESS static struct fake F;
HARNESS static struct uk_gdbstub GS;
HARNESS static const struct uk_gdbstub_io IO = {
	.getc = fake_getc, .write = fake_write, .flush = fake_flush, .ctx = &F
};
HARNESS static const struct uk_gdbstub_target TGT = { &fake_arch, &fake_ops,
						      &F };
HARNESS static struct uk_gdbstub_stop STOP = { UK_GDBSTUB_SIGTRAP,
					       UK_GDBSTUB_STOP_SIGNAL, 0 };

#define T0 FAKE_BASE		/* text: only text_write changes it */
#define D0 (FAKE_BASE + 0x8000) /* data */

HARNESS static void setup(void)
{
	fake_reset(&F);
	CHECK(uk_gdbstub_init(&GS, &IO, &TGT) == 0, "init");
}

/* "$body#cs" for @n bytes of @body, into @dst; return its length. */
HARNESS static size_t frame_n(char *dst, const char *body, size_t n)
{
	unsigned int sum = 0;

	dst[0] = '$';
	memcpy(dst + 1, body, n);
	for (size_t i = 0; i < n; i++)
		sum += (uint8_t)body[i];
	return 1 + n + (size_t)sprintf(dst + 1 + n, "#%02x", sum & 0xff);
}

/* "$body#cs" in one of a few rotating buffers. */
HARNESS static const char *pkt(const char *body)
{
	static char ring[4][256];
	static int k;
	char *d = ring[k++ % 4];

	frame_n(d, body, strlen(body));
	return d;
}

HARNESS static struct uk_gdbstub_resume run_n(const char *in, size_t n)
{
	struct uk_gdbstub_resume r = { -1, -1, 0 };

	fake_input(&F, in, n);
	uk_gdbstub_session(&GS, &STOP, &r);
	return r;
}

HARNESS static struct uk_gdbstub_resume run(const char *in)
{
	return run_n(in, strlen(in));
}

HARNESS static bool out_is(const char *want)
{
	return F.out_len == strlen(want) && memcmp(F.out, want, F.out_len) == 0;
}

/*
 * The output as text: acks as they are, each packet as "$<decoded>#",
 * a packet with a bad checksum or bad encoding as "!".
 */
HARNESS static char canon_buf[1 << 20];

HARNESS static const char *canon(bool binary)
{
	static struct frame fr[4096];
	size_t n = frames_split(F.out, F.out_len, fr, ARRAY_LEN(fr)), o = 0;

	for (size_t i = 0; i < n; i++) {
		size_t d;

		if (fr[i].kind != '$') {
			canon_buf[o++] = fr[i].kind;
			continue;
		}
		d = frame_decode(F.out + fr[i].raw_off, fr[i].raw_len,
				 canon_buf + o + 1, sizeof(canon_buf) - o - 3,
				 binary);
		if (!fr[i].csum_ok || d == (size_t)-1) {
			canon_buf[o++] = '!';
			continue;
		}
		canon_buf[o] = '$';
		o += 1 + d;
		canon_buf[o++] = '#';
	}
	canon_buf[o] = '\0';
	return canon_buf;
}

#define CHECK_CANON(binary, want)                                              \
	CHECK(strcmp(canon(binary), (want)) == 0,                              \
	      "got '%.300s', want '%.300s'", canon_buf, (want))

/*
 * Send each request (NULL-terminated list) as a packet in one session and
 * return the decoded replies; each request must get "+" and one packet.
 * A stop reply owed from an earlier resume comes first and is skipped.
 */
#define REPLY_MAX (UK_GDBSTUB_PACKET_SIZE + 1)
HARNESS static char replies[16][REPLY_MAX];

HARNESS static char (*talk(const char *req, ...))[REPLY_MAX]
{
	static char in[1 << 16];
	static struct frame fr[64];
	size_t n = 0, nreq = 0, nf;
	va_list ap;

	va_start(ap, req);
	for (; req; req = va_arg(ap, const char *), nreq++)
		n += frame_n(in + n, req, strlen(req));
	va_end(ap);
	run_n(in, n);
	nf = frames_split(F.out, F.out_len, fr, ARRAY_LEN(fr));
	if (nf && fr[0].kind == '$' && F.out[fr[0].raw_off] == 'T')
		memmove(fr, fr + 1, --nf * sizeof(fr[0]));
	CHECK(nf == 2 * nreq, "%zu requests, %zu frames: %.*s", nreq, nf,
	      (int)F.out_len, F.out);
	for (size_t i = 0; i < nreq && 2 * i + 1 < nf; i++) {
		struct frame *f = &fr[2 * i + 1];
		size_t d;

		CHECK(fr[2 * i].kind == '+' && f->kind == '$' && f->csum_ok,
		      "frame %zu", i);
		d = frame_decode(F.out + f->raw_off, f->raw_len, replies[i],
				 sizeof(replies[i]) - 1, false);
		CHECK(d != (size_t)-1, "decodable reply %zu", i);
		replies[i][d == (size_t)-1 ? 0 : d] = '\0';
	}
	return replies;
}

/* One request, its decoded reply. */
HARNESS static const char *ask(const char *req)
{
	return talk(req, NULL)[0];
}

#define CHECK_ASK(req, want)                                                   \
	do {                                                                   \
		const char *got_ = ask(req);                                   \
		CHECK(strcmp(got_, (want)) == 0,                               \
		      "%s: got '%.200s', want '%.200s'", (req), got_, (want)); \
	} while (0)

HARNESS static const char *hexs(const void *p, size_t n)
{
	static char buf[2][40000];
	static int k;
	char *d = buf[k++ % 2];

	for (size_t i = 0; i < n; i++)
		sprintf(d + 2 * i, "%02x", ((const uint8_t *)p)[i]);
	d[2 * n] = '\0';
	return d;
}

/* --- the hex codecs ------------------------------------------------------ */

HARNESS static const char *expedited(void)
{
	static char buf[256];

	sprintf(buf, "06:%s;07:%s;10:", hexs(F.regs + 48, 8),
		hexs(F.regs + 56, 8));
	strcat(buf, hexs(F.regs + FAKE_PC_OFF, 8));
	strcat(buf, ";thread:1;");
	return buf;
}

#endif /* GDBSTUB_HARNESS_H */
