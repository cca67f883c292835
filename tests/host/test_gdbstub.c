/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Host tests of the GDB stub's protocol core (lib/ukgdbstub): scripted
 * byte streams in through a fake transport, a fake target in host memory
 * (gdbstub_fake.h), and the exact replies out, decoded by the reference
 * decoder there. Framing (acks, NAK and retransmission, no-ack mode, bad
 * checksums, oversized packets, escapes, run-length encoding), every
 * command, the resume verdicts, and the hex codecs on their own.
 */
#include <stdarg.h>
#include "check.h"
#include "gdbstub_fake.h"
#include "hex.h"

static struct fake F;
static struct uk_gdbstub GS;
static const struct uk_gdbstub_io IO = { fake_getc, fake_write, fake_flush, &F };
static const struct uk_gdbstub_target TGT = { &fake_arch, &fake_ops, &F };
static struct uk_gdbstub_stop STOP = { UK_GDBSTUB_SIGTRAP, UK_GDBSTUB_STOP_SIGNAL, 0 };

#define T0 FAKE_BASE            /* text: only text_write changes it */
#define D0 (FAKE_BASE + 0x8000) /* data */

static void setup(void)
{
	fake_reset(&F);
	CHECK(uk_gdbstub_init(&GS, &IO, &TGT) == 0, "init");
}

/* "$body#cs" for @n bytes of @body, into @dst; return its length. */
static size_t frame_n(char *dst, const char *body, size_t n)
{
	unsigned int sum = 0;

	dst[0] = '$';
	memcpy(dst + 1, body, n);
	for (size_t i = 0; i < n; i++)
		sum += (uint8_t)body[i];
	return 1 + n + (size_t)sprintf(dst + 1 + n, "#%02x", sum & 0xff);
}

/* "$body#cs" in one of a few rotating buffers. */
static const char *pkt(const char *body)
{
	static char ring[4][256];
	static int k;
	char *d = ring[k++ % 4];

	frame_n(d, body, strlen(body));
	return d;
}

static struct uk_gdbstub_resume run_n(const char *in, size_t n)
{
	struct uk_gdbstub_resume r = { -1, -1 };

	fake_input(&F, in, n);
	uk_gdbstub_session(&GS, &STOP, &r);
	return r;
}

static struct uk_gdbstub_resume run(const char *in)
{
	return run_n(in, strlen(in));
}

static bool out_is(const char *want)
{
	return F.out_len == strlen(want) && memcmp(F.out, want, F.out_len) == 0;
}

/*
 * The output as text: acks as they are, each packet as "$<decoded>#",
 * a packet with a bad checksum or bad encoding as "!".
 */
static char canon_buf[1 << 20];

static const char *canon(bool binary)
{
	static struct frame fr[4096];
	size_t n = frames_split(F.out, F.out_len, fr, ARRAY_LEN(fr)), o = 0;

	for (size_t i = 0; i < n; i++) {
		size_t d;

		if (fr[i].kind != '$') {
			canon_buf[o++] = fr[i].kind;
			continue;
		}
		d = frame_decode(F.out + fr[i].raw_off, fr[i].raw_len, canon_buf + o + 1,
				 sizeof(canon_buf) - o - 3, binary);
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

#define CHECK_CANON(binary, want) \
	CHECK(strcmp(canon(binary), (want)) == 0, "got '%.300s', want '%.300s'", \
	      canon_buf, (want))

/*
 * Send each request (NULL-terminated list) as a packet in one session and
 * return the decoded replies; each request must get "+" and one packet.
 * A stop reply owed from an earlier resume comes first and is skipped.
 */
static char replies[16][20000];

static char (*talk(const char *req, ...))[20000]
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
	CHECK(nf == 2 * nreq, "%zu requests, %zu frames: %.*s", nreq, nf, (int)F.out_len, F.out);
	for (size_t i = 0; i < nreq && 2 * i + 1 < nf; i++) {
		struct frame *f = &fr[2 * i + 1];
		size_t d;

		CHECK(fr[2 * i].kind == '+' && f->kind == '$' && f->csum_ok, "frame %zu", i);
		d = frame_decode(F.out + f->raw_off, f->raw_len, replies[i],
				 sizeof(replies[i]) - 1, false);
		CHECK(d != (size_t)-1, "decodable reply %zu", i);
		replies[i][d == (size_t)-1 ? 0 : d] = '\0';
	}
	return replies;
}

/* One request, its decoded reply. */
static const char *ask(const char *req)
{
	return talk(req, NULL)[0];
}

#define CHECK_ASK(req, want) \
	do { \
		const char *got_ = ask(req); \
		CHECK(strcmp(got_, (want)) == 0, "%s: got '%.200s', want '%.200s'", \
		      (req), got_, (want)); \
	} while (0)

static const char *hexs(const void *p, size_t n)
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

static void test_hex(void)
{
	char buf[64];
	uint8_t b[8];
	uint64_t v;
	const char *p;

	CHECK(gdb_hex_val('0') == 0 && gdb_hex_val('9') == 9 && gdb_hex_val('a') == 10 &&
	      gdb_hex_val('F') == 15 && gdb_hex_val('g') == -1 && gdb_hex_val(':') == -1,
	      "hex_val");
	CHECK(gdb_hex_digit(0) == '0' && gdb_hex_digit(15) == 'f' && gdb_hex_digit(0x1a) == 'a',
	      "hex_digit");
	CHECK(gdb_hex_encode(buf, "\x00\x7f\xff", 3) == 6 && memcmp(buf, "007fff", 6) == 0,
	      "encode");
	CHECK(gdb_hex_decode(b, "00Ff7a", 6) == 3 && memcmp(b, "\x00\xff\x7a", 3) == 0, "decode");
	CHECK(gdb_hex_decode(b, "abc", 3) == -1, "odd count");
	CHECK(gdb_hex_decode(b, "0g", 2) == -1, "bad digit");
	CHECK(gdb_hex_decode(b, "", 0) == 0, "empty");

	p = "ffffffffffffffff,";
	CHECK(gdb_parse_hex(&p, p + 17, &v) && v == UINT64_MAX && *p == ',', "16 digits");
	p = "00000000000000000001";
	CHECK(gdb_parse_hex(&p, p + 20, &v) && v == 1, "leading zeros do not count");
	p = "10000000000000000";
	CHECK(!gdb_parse_hex(&p, p + 17, &v) && *p == '1', "17 digits overflow");
	p = ",1";
	CHECK(!gdb_parse_hex(&p, p + 2, &v), "no digit");
	p = "12";
	CHECK(gdb_parse_hex(&p, p + 1, &v) && v == 1, "stops at end");
	p = ":x";
	CHECK(gdb_parse_char(&p, p + 1, ':') && !gdb_parse_char(&p, p, 'x') && *p == 'x',
	      "parse_char respects end");
}

/* --- setup ------------------------------------------------------------- */

static void test_init(void)
{
	struct uk_gdbstub_arch a = fake_arch;
	struct uk_gdbstub_ops o = fake_ops;
	struct uk_gdbstub_target t = { &a, &o, &F };
	struct uk_gdbstub_reg big[] = { { "pc", 8, 0, 0, UK_GDBSTUB_ROLE_PC, 0 },
					{ "huge", 4096, 0, 0, 0, 0 } };
	struct uk_gdbstub_reg nopc[] = { { "pc", 4, 0, 0, UK_GDBSTUB_ROLE_PC, 0 } };

	CHECK(uk_gdbstub_init(&GS, &IO, &t) == 0, "fake target");
	o.text_write = NULL;
	CHECK(uk_gdbstub_init(&GS, &IO, &t) == -1, "text_write missing");
	o = fake_ops;
	o.hw_remove_all = NULL;
	CHECK(uk_gdbstub_init(&GS, &IO, &t) == -1, "hw without remove_all");
	o = fake_ops;
	a.bp_len = 0;
	CHECK(uk_gdbstub_init(&GS, &IO, &t) == -1, "empty breakpoint");
	a.bp_len = UK_GDBSTUB_BP_LEN_MAX + 1;
	CHECK(uk_gdbstub_init(&GS, &IO, &t) == -1, "breakpoint too long");
	a = fake_arch;
	a.regs = big;
	a.nregs = 2;
	CHECK(uk_gdbstub_init(&GS, &IO, &t) == -1, "image too big");
	a.regs = nopc;
	a.nregs = 1;
	CHECK(uk_gdbstub_init(&GS, &IO, &t) == -1, "PC not pointer-sized");
	CHECK(uk_gdbstub_init(&GS, NULL, &t) == -1, "no transport");
}

/* --- framing ------------------------------------------------------------- */

static void test_framing(void)
{
	char big[UK_GDBSTUB_PACKET_SIZE + 100], in[sizeof(big) + 64];
	struct uk_gdbstub_resume r;
	size_t n;

	setup();
	/* Ack and reply leave in one write, then a flush before waiting. */
	r = run("+$qC#b4");
	CHECK(out_is("+$QC1#c5"), "qC: %.*s", (int)F.out_len, F.out);
	CHECK(F.writes == 1 && F.flushes == 1, "one write (%d), one flush (%d)",
	      F.writes, F.flushes);
	CHECK(r.action == UK_GDBSTUB_CLOSED, "closed channel ends the session");

	/* Noise between packets is ignored, and Ctrl-C while stopped is moot. */
	run("xyz\x03+" "$qC#b4" "\x03");
	CHECK(out_is("+$QC1#c5"), "noise: %.*s", (int)F.out_len, F.out);

	/* Bad checksum: NAK; the resent packet is answered. */
	run("$qC#00$qC#b4");
	CHECK(out_is("-+$QC1#c5"), "bad checksum: %.*s", (int)F.out_len, F.out);
	run("$qC#zz$qC#b4");
	CHECK(out_is("-+$QC1#c5"), "non-hex checksum: %.*s", (int)F.out_len, F.out);
	run("$qC#b");
	CHECK(F.out_len == 0, "packet cut short by the end: silence");

	/* A '$' starts over: the cut-off packet is dropped. */
	run("$g$qC#b4");
	CHECK(out_is("+$QC1#c5"), "resync on '$': %.*s", (int)F.out_len, F.out);
	run("$qC#$qC#b4");
	CHECK(out_is("+$QC1#c5"), "resync in checksum: %.*s", (int)F.out_len, F.out);

	/* NAK: the last packet again, byte for byte; none before any. */
	run("-$qC#b4-+-");
	CHECK(out_is("+$QC1#c5$QC1#c5$QC1#c5"), "retransmit: %.*s", (int)F.out_len, F.out);

	/* Oversized: read to the end, acked, refused; the next one works. */
	memset(big, 'w', sizeof(big));
	n = frame_n(in, big, sizeof(big));
	n += frame_n(in + n, "qC", 2);
	run_n(in, n);
	CHECK_CANON(false, "+$E02#+$QC1#");
	/* Exactly the limit fits (and is an unknown packet). */
	n = frame_n(in, big, UK_GDBSTUB_PACKET_SIZE);
	run_n(in, n);
	CHECK_CANON(false, "+$#");
	/* One more and with a bad checksum: NAK, not E02. */
	n = frame_n(in, big, UK_GDBSTUB_PACKET_SIZE + 1);
	in[n - 1] ^= 1;
	run_n(in, n);
	CHECK(out_is("-"), "oversized with bad checksum");

	/* Unknown packets: the empty reply. */
	CHECK_ASK("vMustReplyEmpty", "");
	CHECK_ASK("qCRC:0,10", "");         /* not "qC" */
	CHECK_ASK("jThreadsInfo", "");
	CHECK_ASK("QThreadSuffixSupported", "");
	CHECK_ASK("", "");
	CHECK_ASK("gg", "");                /* 'g' takes no arguments */
}

static void test_noack(void)
{
	setup();
	/* gdb: qSupported, QStartNoAckMode (acked, "OK" acked by gdb), then
	 * nothing is acked, NAKs and bad checksums go unanswered. */
	run("+$qSupported:swbreak+#xx");        /* wrong checksum: NAK */
	CHECK(out_is("-"), "bad checksum NAK");
	run("$QStartNoAckMode#b0+$qC#b4$qC#00-$qC#b4");
	CHECK(out_is("+$OK#9a$QC1#c5$QC1#c5"), "no-ack: %.*s", (int)F.out_len, F.out);
	/* The session ended with the channel: ack mode again. */
	run("$qC#b4");
	CHECK(out_is("+$QC1#c5"), "closed resets no-ack");

	/* A gdb connecting while no-ack mode lingers: its qSupported is
	 * acked and ack mode is back. LLDB's qSupported right after its
	 * QStartNoAckMode is not acked. */
	{
		char in[512];
		size_t n = 0;

		n += frame_n(in + n, "QStartNoAckMode", 15);
		n += frame_n(in + n, "qC", 2);
		n += frame_n(in + n, "qSupported:xmlRegisters=i386", 28);   /* new gdb */
		n += frame_n(in + n, "qC", 2);
		run_n(in, n);
		CHECK_CANON(false, "+$OK#$QC1#+$PacketSize=4000;QStartNoAckMode+;swbreak+;"
			    "hwbreak+;qXfer:features:read+;vContSupported+#+$QC1#");

		n = 0;
		n += frame_n(in + n, "QStartNoAckMode", 15);
		n += frame_n(in + n, "qSupported:xmlRegisters=i386", 28);   /* LLDB */
		n += frame_n(in + n, "qC", 2);
		n += frame_n(in + n, "QStartNoAckMode", 15);                /* LLDB again */
		n += frame_n(in + n, "qC", 2);
		run_n(in, n);
		CHECK_CANON(false, "+$OK#$PacketSize=4000;QStartNoAckMode+;swbreak+;"
			    "hwbreak+;qXfer:features:read+;vContSupported+#$QC1#+$OK#$QC1#");
	}
}

/* Runs of every length up to 300 characters through 'm' replies: each
 * decodes exactly, never uses a forbidden count, and saves bytes. */
static void test_rle(void)
{
	struct frame fr[4];
	char want[700], got[700];
	int bad = 0;

	setup();
	for (size_t L = 1; L <= 300; L++) {
		/* A run of L '0's: "a0" and zero bytes for odd L, "11" and
		 * zero bytes for even L; "55" ends it. */
		size_t nbytes = L % 2 ? (L + 1) / 2 : L / 2 + 1;
		uint8_t *m = F.mem + 0x9000;
		char req[64];

		memset(m, 0, nbytes + 1);
		m[0] = L % 2 ? 0xa0 : 0x11;
		m[nbytes] = 0x55;
		sprintf(req, "m%lx,%zx", (unsigned long)(FAKE_BASE + 0x9000), nbytes + 1);
		sprintf(want, "%s", hexs(m, nbytes + 1));
		run(pkt(req));
		if (frames_split(F.out, F.out_len, fr, 4) != 2 || !fr[1].csum_ok) {
			bad++;
			continue;
		}
		size_t d = frame_decode(F.out + fr[1].raw_off, fr[1].raw_len, got,
					sizeof(got), false);

		if (d != strlen(want) || memcmp(got, want, d) != 0) {
			bad++;
			continue;
		}
		for (size_t i = 0; i + 1 < fr[1].raw_len; i++) {
			char c = F.out[fr[1].raw_off + i];

			if (c == '*') {
				char k = F.out[fr[1].raw_off + i + 1];

				if (k == '#' || k == '$' || k == '+' || k == '-' || k > '~')
					bad++;
			}
		}
		if (L >= 4 && fr[1].raw_len >= strlen(want))
			bad++;
	}
	CHECK(bad == 0, "run-length encoding: %d bad", bad);
	/* The exact form of seven '0's: six repeats would be the count '#',
	 * so "0*\"" (five) and one more '0'. */
	F.mem[0x9000] = 0x10;
	memset(F.mem + 0x9001, 0, 3);
	F.mem[0x9004] = 0x11;
	run(pkt("m40009000,5"));
	sprintf(want, "+%s", pkt("10*\"011"));
	CHECK(out_is(want), "%.*s", (int)F.out_len, F.out);
}

/* --- registers -------------------------------------------------------- */

static void test_regs(void)
{
	char req[2 * FAKE_REGSLEN + 8];
	uint8_t img[FAKE_REGSLEN];

	setup();
	CHECK_ASK("g", hexs(F.regs, FAKE_REGSLEN));
	run(pkt("g"));
	CHECK(strchr(F.out, '*') && F.out_len < 2 * FAKE_REGSLEN, "g is run-length encoded");

	/* G: exact image size, hex; on error the registers stay. */
	for (size_t i = 0; i < FAKE_REGSLEN; i++)
		img[i] = (uint8_t)(0xff - i);
	sprintf(req, "G%s", hexs(img, FAKE_REGSLEN));
	CHECK_ASK(req, "OK");
	CHECK(memcmp(F.regs, img, FAKE_REGSLEN) == 0, "G wrote the image");
	req[5] = 'x';
	CHECK_ASK(req, "E01");
	CHECK(memcmp(F.regs, img, FAKE_REGSLEN) == 0, "bad G leaves registers");
	req[2 * FAKE_REGSLEN] = '\0';
	CHECK_ASK(req, "E01");                                  /* short */
	sprintf(req, "G%s00", hexs(img, FAKE_REGSLEN));
	CHECK_ASK(req, "E02");                                  /* long */

	/* p / P */
	setup();
	CHECK_ASK("p10", "3412004000000000");                   /* pc */
	CHECK_ASK("p7", "c0efffff00000000");                    /* sp */
	CHECK_ASK("p11", "00000000");                           /* flags */
	CHECK_ASK("p13", "00000000000000000000");               /* f0 */
	CHECK_ASK("p14", "E04");
	CHECK_ASK("pffffffffffffffffff", "E01");
	CHECK_ASK("p", "E01");
	CHECK_ASK("p1x", "E01");
	CHECK_ASK("P10=1122334455667788", "OK");
	CHECK(memcmp(F.regs + FAKE_PC_OFF, "\x11\x22\x33\x44\x55\x66\x77\x88", 8) == 0,
	      "P wrote pc");
	CHECK_ASK("P10=11223344", "E01");                       /* wrong size */
	CHECK_ASK("P10=11223344556677xx", "E01");
	CHECK_ASK("P14=00", "E04");
	CHECK_ASK("P10", "E01");
	CHECK_ASK("P11=01020304", "OK");
	CHECK(memcmp(F.regs + FAKE_PC_OFF + 8, "\x01\x02\x03\x04", 4) == 0, "P wrote flags");

	F.regs_fail = true;
	CHECK_ASK("g", "E03");
	CHECK_ASK("p0", "E03");
	CHECK_ASK("P0=0000000000000000", "E03");
	sprintf(req, "G%s", hexs(img, FAKE_REGSLEN));
	CHECK_ASK(req, "E03");
	run(pkt("?"));
	CHECK_CANON(false, "+$T05thread:1;#");      /* no expedited registers */
}

/* --- memory ---------------------------------------------------------- */

static void test_mem(void)
{
	char req[40000], in[40000];
	char (*r)[20000];
	size_t n;

	setup();
	CHECK_ASK("m40008000,4", hexs(F.mem + 0x8000, 4));
	CHECK_ASK("m4000fffc,8", hexs(F.mem + 0xfffc, 4));     /* short at the edge */
	CHECK_ASK("m3ffffffc,8", "E03");
	CHECK_ASK("m0,1", "E03");
	CHECK_ASK("mffffffffffffffff,10", "E03");
	CHECK_ASK("m40008000,0", "");
	CHECK_ASK("m40008000", "E01");
	CHECK_ASK("m40008000,", "E01");
	CHECK_ASK("m4000800g,4", "E01");
	CHECK_ASK("m40008000,4,", "E01");
	CHECK_ASK("m10000000000000000,1", "E01");
	/* Too long for a reply: cut to what fits. */
	r = talk("m40000000,10000", NULL);
	CHECK(strlen(r[0]) == UK_GDBSTUB_PACKET_SIZE && strncmp(r[0], hexs(F.mem, 4096), 8192) == 0,
	      "long read clamped to %d hex digits: %zu", UK_GDBSTUB_PACKET_SIZE, strlen(r[0]));

	/* M */
	CHECK_ASK("M40008000,4:deadbeef", "OK");
	CHECK(memcmp(F.mem + 0x8000, "\xde\xad\xbe\xef", 4) == 0, "M wrote");
	CHECK_ASK("M40008000,4:deadbe", "E01");
	CHECK_ASK("M40008000,2:deadbeef", "E01");
	CHECK_ASK("M40008000,2:dxad", "E01");
	CHECK_ASK("M40008000,2", "E01");
	CHECK_ASK("M40000000,1:00", "E03");                     /* read-only text */
	CHECK_ASK("M4000ffff,2:0000", "E03");                   /* runs off the end */
	CHECK_ASK("M40008000,0:", "OK");

	/* X: binary, escapes for $ # } *, raw NUL and high bytes. */
	static const char data[] = { 'a', '$', '#', '}', '*', 0, (char)0xff, 'z' };
	n = (size_t)sprintf(req, "X40008100,%zx:", sizeof(data));
	for (size_t i = 0; i < sizeof(data); i++) {
		if (data[i] == '$' || data[i] == '#' || data[i] == '}' || data[i] == '*') {
			req[n++] = '}';
			req[n++] = (char)(data[i] ^ 0x20);
		} else {
			req[n++] = data[i];
		}
	}
	n = frame_n(in, req, n);
	run_n(in, n);
	CHECK(out_is("+$OK#9a"), "X: %.*s", (int)F.out_len, F.out);
	CHECK(memcmp(F.mem + 0x8100, data, sizeof(data)) == 0, "X wrote unescaped bytes");
	n = frame_n(in, "X40008100,2:a}", 14);
	run_n(in, n);
	CHECK_CANON(false, "+$E01#");                           /* torn escape */
	CHECK_ASK("X40008100,3:ab", "E01");
	CHECK_ASK("X40008100,0:", "OK");                        /* gdb's probe */
	CHECK_ASK("X40000000,1:a", "E03");
	CHECK_ASK("X40008100:ab", "E01");
}

/* --- breakpoints and watchpoints --------------------------------------- */

static void test_breakpoints(void)
{
	static const uint8_t bp[4] = { 0xd4, 0x20, 0x00, 0x00 };
	char (*r)[20000];
	uint8_t orig[8], around[8], edge[2];
	char req[64];

	setup();
	memcpy(orig, F.mem + 0x100, 8);
	memcpy(around, F.mem + 0xfe, 8);
	/* Placed into read-only text, invisible to reads, removed. */
	r = talk("Z0,40000100,4", "m400000fe,8", "Z0,40000100,4", "z0,40000100,4",
		 "m400000fe,8", NULL);
	CHECK(strcmp(r[0], "OK") == 0 && strcmp(r[2], "OK") == 0 && strcmp(r[3], "OK") == 0,
	      "Z0 Z0 z0: %s %s %s", r[0], r[2], r[3]);
	CHECK(strcmp(r[1], hexs(around, 8)) == 0 && strcmp(r[4], r[1]) == 0,
	      "reads hide the breakpoint: %s, %s", r[1], r[4]);
	/* The session closed: everything restored. */
	CHECK(memcmp(F.mem + 0x100, orig, 8) == 0, "closing restores text");

	/* In memory while placed; twice placed needs two removals. */
	setup();
	/* End the session by resuming, so the breakpoints stay. */
	{
		char in[256];
		size_t n = 0;

		n += frame_n(in + n, "Z0,40000100,4", 13);
		n += frame_n(in + n, "Z0,40000200,4", 13);
		n += frame_n(in + n, "Z0,40000200,4", 13);
		n += frame_n(in + n, "c", 1);
		CHECK(run_n(in, n).action == UK_GDBSTUB_CONTINUE, "resume keeps breakpoints");
		CHECK(memcmp(F.mem + 0x100, bp, 4) == 0 && memcmp(F.mem + 0x200, bp, 4) == 0,
		      "instructions in text");
	}
	r = talk("m40000100,4", "z0,40000200,4", "m40000200,4", NULL);
	CHECK(strcmp(r[0], hexs(orig, 4)) == 0, "hidden");
	CHECK(memcmp(F.mem + 0x200, bp, 4) != 0, "closed: all removed");

	/* Placed twice, removed once: still there. */
	{
		char in[256];
		size_t n = 0;

		setup();
		n += frame_n(in + n, "Z0,40000200,4", 13);
		n += frame_n(in + n, "Z0,40000200,4", 13);
		n += frame_n(in + n, "z0,40000200,4", 13);
		n += frame_n(in + n, "s", 1);
		CHECK(run_n(in, n).action == UK_GDBSTUB_STEP, "step");
		CHECK(memcmp(F.mem + 0x200, bp, 4) == 0, "one user left");
		n = 0;
		n += frame_n(in + n, "z0,40000200,4", 13);
		n += frame_n(in + n, "c", 1);
		run_n(in, n);
		CHECK(memcmp(F.mem + 0x200, bp, 4) != 0, "last user removed it");
	}

	/* Errors. */
	setup();
	CHECK_ASK("z0,40000100,4", "E05");                      /* not placed */
	CHECK_ASK("Z0,3ffffffe,4", "E03");                      /* not accessible */
	memcpy(edge, F.mem + 0xfffe, 2);
	CHECK_ASK("Z0,4000fffe,4", "E03");                      /* half accessible */
	CHECK(memcmp(F.mem + 0xfffe, edge, 2) == 0, "nothing written");
	CHECK_ASK("Z0,4000010g,4", "E01");
	CHECK_ASK("Z0,40000100", "E01");
	CHECK_ASK("Z5,40000100,4", "E01");
	CHECK_ASK("Z0,40000100,4;X1,0", "OK");                  /* conditions ignored */
	{
		char in[256];
		size_t n = 0;

		setup();
		n += frame_n(in + n, "Z0,40000100,4", 13);
		n += frame_n(in + n, "Z0,40000102,4", 13);              /* overlaps */
		run_n(in, n);
		CHECK_CANON(false, "+$OK#+$E05#");
	}
	/* The table holds UK_GDBSTUB_SWBP_MAX. */
	{
		static char in[UK_GDBSTUB_SWBP_MAX * 32 + 64];
		size_t n = 0;
		bool all_ok = true;

		setup();
		for (int i = 0; i <= UK_GDBSTUB_SWBP_MAX; i++) {
			sprintf(req, "Z0,%lx,4", (unsigned long)(T0 + 0x10 * (size_t)i));
			n += frame_n(in + n, req, strlen(req));
		}
		run_n(in, n);
		canon(false);
		for (int i = 0; i < UK_GDBSTUB_SWBP_MAX; i++)
			all_ok &= strncmp(canon_buf + 5 * i, "+$OK#", 5) == 0;
		CHECK(all_ok && strcmp(canon_buf + 5 * UK_GDBSTUB_SWBP_MAX, "+$E05#") == 0,
		      "full table: %s", canon_buf + 5 * UK_GDBSTUB_SWBP_MAX);
	}

	/* A write over a breakpoint: the new bytes become the original, the
	 * instruction stays, and removing it shows the new bytes. */
	{
		char in[256];
		size_t n = 0;

		setup();
		n += frame_n(in + n, "Z0,40008104,4", 13);
		n += frame_n(in + n, "M40008100,8:0102030405060708", 28);
		n += frame_n(in + n, "m40008100,8", 11);
		n += frame_n(in + n, "c", 1);
		run_n(in, n);
		CHECK_CANON(false, "+$OK#+$OK#+$0102030405060708#+");
		CHECK(memcmp(F.mem + 0x8100, "\x01\x02\x03\x04", 4) == 0 &&
		      memcmp(F.mem + 0x8104, bp, 4) == 0, "instruction kept after write");
		r = talk("z0,40008104,4", "m40008100,8", NULL);
		CHECK(strcmp(r[1], "0102030405060708") == 0, "new bytes restored: %s", r[1]);
	}

	/* Hardware breakpoints and watchpoints. */
	setup();
	r = talk("Z1,40000100,1", "Z2,40008000,8", "Z3,40008010,4", "Z4,40008020,2",
		 "Z2,40008030,4", "Z2,40008000,3", NULL);
	CHECK(!strcmp(r[0], "OK") && !strcmp(r[1], "OK") && !strcmp(r[2], "OK") &&
	      !strcmp(r[3], "OK") && !strcmp(r[4], "E05") && !strcmp(r[5], "E05"),
	      "Z1-Z4: %s %s %s %s %s %s", r[0], r[1], r[2], r[3], r[4], r[5]);
	CHECK(F.hw_remove_all_calls == 1 && !F.hw[0].used, "closing removes all");
	{
		char in[256];
		size_t n = 0;

		setup();
		n += frame_n(in + n, "Z2,40008000,8", 13);
		n += frame_n(in + n, "Z3,40008010,4", 13);
		n += frame_n(in + n, "z2,40008000,8", 13);
		n += frame_n(in + n, "z2,40008000,8", 13);
		n += frame_n(in + n, "c", 1);
		run_n(in, n);
		CHECK_CANON(false, "+$OK#+$OK#+$OK#+$E05#+");
		CHECK(!F.hw[0].used && F.hw[1].used && F.hw[1].type == UK_GDBSTUB_HW_READ &&
		      F.hw[1].addr == D0 + 0x10 && F.hw[1].len == 4, "slots");
	}
	/* Without debug registers: the empty reply, "not supported". */
	{
		struct uk_gdbstub_ops o = fake_ops;
		struct uk_gdbstub_target t = { &fake_arch, &o, &F };

		o.hw_insert = NULL;
		o.hw_remove = NULL;
		o.hw_remove_all = NULL;
		fake_reset(&F);
		CHECK(uk_gdbstub_init(&GS, &IO, &t) == 0, "init without hw");
		r = talk("Z1,40000100,1", "z2,40008000,8", "Z0,40000100,4", "qSupported", NULL);
		CHECK(!strcmp(r[0], "") && !strcmp(r[1], "") && !strcmp(r[2], "OK"),
		      "no hw: '%s' '%s' '%s'", r[0], r[1], r[2]);
		CHECK(strcmp(r[3], "PacketSize=4000;QStartNoAckMode+;swbreak+;"
			     "qXfer:features:read+;vContSupported+") == 0, "%s", r[3]);
	}
}

/* --- stop replies and resuming -------------------------------------------- */

static const char *expedited(void)
{
	static char buf[256];

	sprintf(buf, "06:%s;07:%s;10:", hexs(F.regs + 48, 8), hexs(F.regs + 56, 8));
	strcat(buf, hexs(F.regs + FAKE_PC_OFF, 8));
	strcat(buf, ";thread:1;");
	return buf;
}

static void test_stop(void)
{
	char want[512], in[512];
	size_t n;

	setup();
	sprintf(want, "T05%s", expedited());
	CHECK_ASK("?", want);

	/* After a resume, the next session starts with the stop reply; the
	 * reasons depend on what the debugger said it understands. */
	static const struct {
		enum uk_gdbstub_stop_kind kind;
		int sig;
		const char *peer, *reason;
	} cases[] = {
		{ UK_GDBSTUB_STOP_SWBREAK, 5, "qSupported:swbreak+;hwbreak+", "swbreak:;" },
		{ UK_GDBSTUB_STOP_SWBREAK, 5, "qSupported:hwbreak+", "" },
		{ UK_GDBSTUB_STOP_HWBREAK, 5, "qSupported:swbreak+;hwbreak+", "hwbreak:;" },
		{ UK_GDBSTUB_STOP_HWBREAK, 5, "qSupported", "" },
		{ UK_GDBSTUB_STOP_WATCH, 5, "qSupported", "watch:40008000;" },
		{ UK_GDBSTUB_STOP_RWATCH, 5, "qSupported", "rwatch:40008000;" },
		{ UK_GDBSTUB_STOP_AWATCH, 5, "qSupported", "awatch:40008000;" },
		{ UK_GDBSTUB_STOP_SIGNAL, 11, "qSupported:swbreak+", "" },
		{ UK_GDBSTUB_STOP_SIGNAL, 2, "qSupported", "" },
	};
	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		struct uk_gdbstub_resume r;

		setup();
		n = frame_n(in, cases[i].peer, strlen(cases[i].peer));
		n += frame_n(in + n, "c", 1);
		CHECK(run_n(in, n).action == UK_GDBSTUB_CONTINUE, "continue");
		STOP = (struct uk_gdbstub_stop){ cases[i].sig, cases[i].kind, D0 };
		r = run("+");
		sprintf(want, "$T%02x%s%s#", cases[i].sig, expedited(), cases[i].reason);
		CHECK_CANON(false, want);
		CHECK(r.action == UK_GDBSTUB_CLOSED, "closed");
		/* '?' repeats it */
		run(pkt("?"));
		sprintf(want, "+$T%02x%s#", cases[i].sig, expedited());
		CHECK(strncmp(canon(false), want, strlen(want) - 1) == 0, "? %zu: %s", i, canon_buf);
	}
	STOP = (struct uk_gdbstub_stop){ UK_GDBSTUB_SIGTRAP, UK_GDBSTUB_STOP_SIGNAL, 0 };

	/* Nobody waiting (first entry, after detach): no unsolicited reply. */
	setup();
	run("");
	CHECK(F.out_len == 0, "silent first entry");
}

static void test_resume(void)
{
	static const struct {
		const char *req;
		enum uk_gdbstub_action action;
		int sig;
		uint64_t pc;            /* 0: unchanged */
	} ok[] = {
		{ "c", UK_GDBSTUB_CONTINUE, 0, 0 },
		{ "c40001000", UK_GDBSTUB_CONTINUE, 0, 0x40001000 },
		{ "s", UK_GDBSTUB_STEP, 0, 0 },
		{ "sffffffff80001234", UK_GDBSTUB_STEP, 0, 0xffffffff80001234 },
		{ "C0b", UK_GDBSTUB_CONTINUE, 11, 0 },
		{ "C02;40002000", UK_GDBSTUB_CONTINUE, 2, 0x40002000 },
		{ "S05", UK_GDBSTUB_STEP, 5, 0 },
		{ "S05;40003000", UK_GDBSTUB_STEP, 5, 0x40003000 },
		{ "vCont;c", UK_GDBSTUB_CONTINUE, 0, 0 },
		{ "vCont;s:1", UK_GDBSTUB_STEP, 0, 0 },
		{ "vCont;s:1;c", UK_GDBSTUB_STEP, 0, 0 },
		{ "vCont;c:2;s", UK_GDBSTUB_STEP, 0, 0 },
		{ "vCont;C05:1", UK_GDBSTUB_CONTINUE, 5, 0 },
		{ "vCont;S0b:-1", UK_GDBSTUB_STEP, 11, 0 },
		{ "vCont;c:0", UK_GDBSTUB_CONTINUE, 0, 0 },
		{ "k", UK_GDBSTUB_KILL, 0, 0 },
	};
	static const char *const bad[] = {
		"cxyz", "c1,2", "C", "Cxx", "C05;", "C05;zz", "C100", "s1x",
		"vCont;", "vCont;x", "vCont;c;", "vCont;C", "vCont;c:", "vCont;c:-2",
		"vCont;c:1x", "vCont;C100",
	};

	for (size_t i = 0; i < ARRAY_LEN(ok); i++) {
		struct uk_gdbstub_resume r;
		uint64_t pc;

		setup();
		r = run(pkt(ok[i].req));
		memcpy(&pc, F.regs + FAKE_PC_OFF, 8);
		CHECK(r.action == ok[i].action && r.signal == ok[i].sig, "%s: action %d signal %d",
		      ok[i].req, r.action, r.signal);
		CHECK(pc == (ok[i].pc ? ok[i].pc : 0x40001234), "%s: pc %lx", ok[i].req,
		      (unsigned long)pc);
		CHECK(out_is("+") && F.flushes == 1, "%s: only the ack, flushed: %.*s",
		      ok[i].req, (int)F.out_len, F.out);
	}
	setup();
	for (size_t i = 0; i < ARRAY_LEN(bad); i++)
		CHECK_ASK(bad[i], "E01");
	CHECK_ASK("vCont;c:2", "E06");
	CHECK_ASK("vCont?", "vCont;c;C;s;S");
	F.regs_fail = true;
	CHECK_ASK("c40001000", "E03");

	/* Detach: OK, breakpoints and watchpoints gone, ack mode again. */
	{
		char in[256];
		struct uk_gdbstub_resume r;
		size_t n = 0;

		setup();
		n += frame_n(in + n, "Z0,40000100,4", 13);
		n += frame_n(in + n, "Z2,40008000,8", 13);
		n += frame_n(in + n, "QStartNoAckMode", 15);
		n += frame_n(in + n, "D", 1);
		n += frame_n(in + n, "qC", 2);          /* never read */
		r = run_n(in, n);
		CHECK(r.action == UK_GDBSTUB_DETACH, "detach");
		CHECK_CANON(false, "+$OK#+$OK#+$OK#$OK#");
		CHECK(F.text_writes == 2 && F.hw_remove_all_calls == 1 && !F.hw[0].used,
		      "detach removed everything");
		/* The next debugger starts in ack mode, with no stop owed. */
		r = run(pkt("qC"));
		CHECK(out_is("+$QC1#c5"), "after detach: %.*s", (int)F.out_len, F.out);
	}
	{
		struct uk_gdbstub_resume r;

		setup();
		r = run(pkt("D;1"));
		CHECK(r.action == UK_GDBSTUB_DETACH && out_is("+$OK#9a"), "D;pid");
		char in[128];

		setup();
		sprintf(in, "$Z0,40000100,4#zz%s%s", pkt("Z0,40000100,4"), pkt("k"));
		r = run(in);
		CHECK(r.action == UK_GDBSTUB_KILL && F.text_writes == 2 &&
		      memcmp(F.mem + 0x100, "\xd4\x20", 2) != 0, "kill removes breakpoints");
		CHECK_CANON(false, "-+$OK#+");
	}
}

/* --- queries -------------------------------------------------------------- */

static void test_queries(void)
{
	char want[256], in[256];
	size_t n;

	setup();
	CHECK_ASK("qSupported:multiprocess+;swbreak+;hwbreak+;qRelocInsn+;xmlRegisters=i386",
		  "PacketSize=4000;QStartNoAckMode+;swbreak+;hwbreak+;"
		  "qXfer:features:read+;vContSupported+");
	CHECK_ASK("qAttached", "1");
	CHECK_ASK("qAttached:1", "1");
	CHECK_ASK("qC", "QC1");
	CHECK_ASK("qfThreadInfo", "m1");
	CHECK_ASK("qsThreadInfo", "l");
	CHECK_ASK("qOffsets", "Text=0;Data=0;Bss=0");
	CHECK_ASK("Hg0", "OK");
	CHECK_ASK("Hg1", "OK");
	CHECK_ASK("Hc-1", "OK");
	CHECK_ASK("Hg2", "E06");
	CHECK_ASK("Hc-2", "E01");
	CHECK_ASK("Hx1", "E01");
	CHECK_ASK("Hg", "E01");
	CHECK_ASK("H", "E01");
	CHECK_ASK("T1", "OK");
	CHECK_ASK("T2", "E06");
	CHECK_ASK("T0", "E06");
	CHECK_ASK("T", "E01");
	CHECK_ASK("Tx", "E01");

	/* LLDB */
	sprintf(want, "triple:%s;ptrsize:8;endian:little;", hexs("x86_64-unknown-none", 19));
	CHECK_ASK("qHostInfo", want);
	CHECK_ASK("qRegisterInfo0", "name:r0;bitsize:64;offset:0;encoding:uint;format:hex;"
		  "set:General Purpose Registers;ehframe:0;dwarf:0;");
	CHECK_ASK("qRegisterInfo7", "name:r7;bitsize:64;offset:56;encoding:uint;format:hex;"
		  "set:General Purpose Registers;ehframe:7;dwarf:7;generic:sp;");
	CHECK_ASK("qRegisterInfo10", "name:pc;bitsize:64;offset:128;encoding:uint;format:hex;"
		  "set:General Purpose Registers;ehframe:16;dwarf:16;generic:pc;");
	CHECK_ASK("qRegisterInfo11", "name:flags;bitsize:32;offset:136;encoding:uint;"
		  "format:hex;set:General Purpose Registers;ehframe:49;dwarf:49;generic:flags;");
	CHECK_ASK("qRegisterInfo12", "name:v0;bitsize:128;offset:140;encoding:vector;"
		  "format:vector-uint8;set:Floating Point Registers;ehframe:17;dwarf:17;");
	CHECK_ASK("qRegisterInfo13", "name:f0;bitsize:80;offset:156;encoding:ieee754;"
		  "format:float;set:Floating Point Registers;");
	CHECK_ASK("qRegisterInfo14", "E45");
	CHECK_ASK("qRegisterInfo", "E01");
	CHECK_ASK("qRegisterInfoz", "E01");

	/* qXfer: slices until 'l', exactly the description, escapes intact. */
	{
		static char got[sizeof(fake_xml)];
		size_t total = 0, len = strlen(fake_xml);
		int slices = 0;
		bool last = false, escaped = true;

		for (uint64_t step = 0x10; step <= 0x10000; step *= 0x40) {
			setup();
			total = 0;
			last = false;
			slices = 0;
			while (!last && slices < 5000) {
				char req[96];
				const char *c;

				sprintf(req, "qXfer:features:read:target.xml:%zx,%lx", total,
					(unsigned long)step);
				run(pkt(req));
				c = canon(true);
				if (strncmp(c, "+$", 2) != 0 || (c[2] != 'm' && c[2] != 'l'))
					break;
				escaped &= memchr(F.out + 3, '*', F.out_len - 6) == NULL;
				last = c[2] == 'l';
				n = strlen(c) - 4;
				memcpy(got + total, c + 3, n);
				total += n;
				slices++;
			}
			CHECK(last && total == len && memcmp(got, fake_xml, len) == 0,
			      "qXfer in slices of %lx: %d slices, %zu of %zu bytes",
			      (unsigned long)step, slices, total, len);
			CHECK(escaped, "no raw '*' in binary replies");
		}
		CHECK(slices == 2, "a big request is cut to one packet: %d slices", slices);
	}
	n = (size_t)sprintf(want, "qXfer:features:read:target.xml:%zx,10", strlen(fake_xml));
	CHECK_ASK(want, "l");
	CHECK_ASK("qXfer:features:read:target.xml:ffffffffffffffff,10", "l");
	CHECK_ASK("qXfer:features:read:other.xml:0,10", "E00");
	CHECK_ASK("qXfer:features:read:target.xml:0", "E01");
	CHECK_ASK("qXfer:features:read:target.xml:0,", "E01");
	CHECK_ASK("qXfer:features:read:target.xml:", "E01");
	CHECK_ASK("qXfer:features:read:targ", "E00");
	CHECK_ASK("qXfer:memory-map:read::0,10", "");
	/* The raw escape of the description's "$#}*". */
	run(pkt("qXfer:features:read:target.xml:22,4"));
	n = frame_n(in, "m}\x04}\x03}]}\x0a", 9);
	CHECK(F.out_len == n + 1 && memcmp(F.out + 1, in, n) == 0, "escaped: %.*s",
	      (int)F.out_len, F.out);
}

/* --- monitor commands ------------------------------------------------------ */

static const char *rcmd(const char *line)
{
	static char req[256];

	strcpy(req, "qRcmd,");
	strcat(req, hexs(line, strlen(line)));
	return req;
}

static void test_monitor(void)
{
	char want[1024];

	setup();
	run(pkt(rcmd("help")));
	sprintf(want, "+$O%s#$OK#", hexs("help echo big fail\n", 19));
	CHECK_CANON(false, want);
	run(pkt(rcmd("echo a b")));
	sprintf(want, "+$O%s#$OK#", hexs("a b\n", 4));
	CHECK_CANON(false, want);
	run(pkt(rcmd("fail")));
	sprintf(want, "+$O%s#$E07#", hexs("no such command\n", 16));
	CHECK_CANON(false, want);
	CHECK_ASK("qRcmd,68656c7", "E01");
	CHECK_ASK("qRcmd,zz", "E01");
	run(pkt("qRcmd,"));             /* the empty line */
	sprintf(want, "+$O%s#$E07#", hexs("no such command\n", 16));
	CHECK_CANON(false, want);

	/* Long output: several O packets, each within the packet size,
	 * together the whole text. */
	run(pkt(rcmd("big")));
	{
		static struct frame fr[64];
		static char body[UK_GDBSTUB_PACKET_SIZE + 1];
		size_t nf = frames_split(F.out, F.out_len, fr, ARRAY_LEN(fr)), xs = 0;
		bool ok = nf >= 4 && fr[0].kind == '+';

		for (size_t i = 1; ok && i < nf; i++) {
			size_t d = frame_decode(F.out + fr[i].raw_off, fr[i].raw_len, body,
						sizeof(body) - 1, false);

			ok = fr[i].csum_ok && d != (size_t)-1 && d <= UK_GDBSTUB_PACKET_SIZE;
			body[ok ? d : 0] = '\0';
			if (i == nf - 1) {
				ok = ok && strcmp(body, "OK") == 0;
				break;
			}
			ok = ok && body[0] == 'O' && d % 2 == 1;
			for (size_t k = 1; ok && k < d; k += 2)
				ok = body[k] == '7' && body[k + 1] == '8';      /* 'x' */
			xs += (d - 1) / 2;
		}
		CHECK(ok && xs == 20000, "big output: %zu frames, %zu bytes", nf, xs);
	}

	/* Without a monitor hook: "not supported". */
	{
		struct uk_gdbstub_ops o = fake_ops;
		struct uk_gdbstub_target t = { &fake_arch, &o, &F };

		o.monitor = NULL;
		fake_reset(&F);
		uk_gdbstub_init(&GS, &IO, &t);
		CHECK_ASK(rcmd("help"), "");
	}
}

/* --- entering while running ----------------------------------------------- */

static void test_rx_feed(void)
{
	setup();
	CHECK(!uk_gdbstub_rx_feed(&GS, '+'), "ack: no entry");
	CHECK(!uk_gdbstub_rx_feed(&GS, 'x'), "noise: no entry");
	CHECK(uk_gdbstub_rx_feed(&GS, 0x03), "Ctrl-C enters");
	CHECK(uk_gdbstub_rx_feed(&GS, '$'), "a packet enters");
	/* The packet goes on from the transport. */
	run("qC#b4");
	CHECK(out_is("+$QC1#c5"), "packet begun while running: %.*s", (int)F.out_len, F.out);

	/* Ctrl-C while the debugger waits: the stop reply, then service. */
	{
		char want[256];

		setup();
		CHECK(run(pkt("c")).action == UK_GDBSTUB_CONTINUE, "continue");
		CHECK(uk_gdbstub_rx_feed(&GS, 0x03), "Ctrl-C");
		STOP = (struct uk_gdbstub_stop){ UK_GDBSTUB_SIGINT, UK_GDBSTUB_STOP_SIGNAL, 0 };
		run(pkt("qC"));
		sprintf(want, "$T02%s#+$QC1#", expedited());
		CHECK_CANON(false, want);
		STOP = (struct uk_gdbstub_stop){ UK_GDBSTUB_SIGTRAP, UK_GDBSTUB_STOP_SIGNAL, 0 };
	}
}

int main(void)
{
	fake_xml_make();
	test_hex();
	test_init();
	test_framing();
	test_noack();
	test_rle();
	test_regs();
	test_mem();
	test_breakpoints();
	test_stop();
	test_resume();
	test_queries();
	test_monitor();
	test_rx_feed();
	free(F.out);
	return check_summary("test_gdbstub");
}
