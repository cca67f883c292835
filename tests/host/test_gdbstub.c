/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Host tests of the GDB stub's protocol core (lib/ukgdbstub): the hex codecs,
 * framing (acks, NAK and retransmission, no-ack mode, bad checksums,
 * oversized packets, escapes, run-length encoding) and bytes fed while the
 * guest runs.
 */
#include "gdbstub_harness.h"

static void test_hex(void)
{
	char buf[64];
	uint8_t b[8];
	uint64_t v;
	const char *p;

	CHECK(gdb_hex_val('0') == 0 && gdb_hex_val('9') == 9 &&
		  gdb_hex_val('a') == 10 && gdb_hex_val('F') == 15 &&
		  gdb_hex_val('g') == -1 && gdb_hex_val(':') == -1,
	      "hex_val");
	CHECK(gdb_hex_digit(0) == '0' && gdb_hex_digit(15) == 'f' &&
		  gdb_hex_digit(0x1a) == 'a',
	      "hex_digit");
	CHECK(gdb_hex_encode(buf, "\x00\x7f\xff", 3) == 6 &&
		  memcmp(buf, "007fff", 6) == 0,
	      "encode");
	CHECK(gdb_hex_decode(b, "00Ff7a", 6) == 3 &&
		  memcmp(b, "\x00\xff\x7a", 3) == 0,
	      "decode");
	CHECK(gdb_hex_decode(b, "abc", 3) == -1, "odd count");
	CHECK(gdb_hex_decode(b, "0g", 2) == -1, "bad digit");
	CHECK(gdb_hex_decode(b, "", 0) == 0, "empty");

	p = "ffffffffffffffff,";
	CHECK(gdb_parse_hex(&p, p + 17, &v) && v == UINT64_MAX && *p == ',',
	      "16 digits");
	p = "00000000000000000001";
	CHECK(gdb_parse_hex(&p, p + 20, &v) && v == 1,
	      "leading zeros do not count");
	p = "10000000000000000";
	CHECK(!gdb_parse_hex(&p, p + 17, &v) && *p == '1',
	      "17 digits overflow");
	p = ",1";
	CHECK(!gdb_parse_hex(&p, p + 2, &v), "no digit");
	p = "12";
	CHECK(gdb_parse_hex(&p, p + 1, &v) && v == 1, "stops at end");
	p = ":x";
	CHECK(gdb_parse_char(&p, p + 1, ':') && !gdb_parse_char(&p, p, 'x') &&
		  *p == 'x',
	      "parse_char respects end");
}

/* --- setup ------------------------------------------------------------- */

static void test_init(void)
{
	struct uk_gdbstub_arch a = fake_arch;
	struct uk_gdbstub_ops o = fake_ops;
	struct uk_gdbstub_target t = { &a, &o, &F };
	struct uk_gdbstub_reg big[] = { { "pc", 8, 0, 0, UK_GDBSTUB_ROLE_PC, 0,
					  0 },
					{ "huge", 4096, 0, 0, 0, 0, 0 } };
	struct uk_gdbstub_reg nopc[] = { { "pc", 4, 0, 0, UK_GDBSTUB_ROLE_PC, 0,
					   0 } };

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
	a.g_nregs = a.nregs + 1;
	CHECK(uk_gdbstub_init(&GS, &IO, &t) == -1, "g beyond the registers");
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
	run("xyz\x03+"
	    "$qC#b4"
	    "\x03");
	CHECK(out_is("+$QC1#c5"), "noise: %.*s", (int)F.out_len, F.out);

	/* Bad checksum: NAK; the resent packet is answered. */
	run("$qC#00$qC#b4");
	CHECK(out_is("-+$QC1#c5"), "bad checksum: %.*s", (int)F.out_len, F.out);
	run("$qC#zz$qC#b4");
	CHECK(out_is("-+$QC1#c5"), "non-hex checksum: %.*s", (int)F.out_len,
	      F.out);
	run("$qC#b");
	CHECK(F.out_len == 0, "packet cut short by the end: silence");

	/* A '$' starts over: the cut-off packet is dropped. */
	run("$g$qC#b4");
	CHECK(out_is("+$QC1#c5"), "resync on '$': %.*s", (int)F.out_len, F.out);
	run("$qC#$qC#b4");
	CHECK(out_is("+$QC1#c5"), "resync in checksum: %.*s", (int)F.out_len,
	      F.out);

	/* NAK: the last packet again, byte for byte; none before any. */
	run("-$qC#b4-+-");
	CHECK(out_is("+$QC1#c5$QC1#c5$QC1#c5"), "retransmit: %.*s",
	      (int)F.out_len, F.out);

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
	CHECK_ASK("qCRC:0,10", ""); /* not "qC" */
	CHECK_ASK("jThreadsInfo", "");
	CHECK_ASK("QThreadSuffixSupported", "");
	CHECK_ASK("", "");
	CHECK_ASK("gg", ""); /* 'g' takes no arguments */
}

static void test_noack(void)
{
	setup();
	/* gdb: qSupported, QStartNoAckMode (acked, "OK" acked by gdb), then
	 * nothing is acked, NAKs and bad checksums go unanswered. */
	run("+$qSupported:swbreak+#xx"); /* wrong checksum: NAK */
	CHECK(out_is("-"), "bad checksum NAK");
	run("$QStartNoAckMode#b0+$qC#b4$qC#00-$qC#b4");
	CHECK(out_is("+$OK#9a$QC1#c5$QC1#c5"), "no-ack: %.*s", (int)F.out_len,
	      F.out);
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
		n += frame_n(in + n, "qSupported:xmlRegisters=i386",
			     28); /* new gdb */
		n += frame_n(in + n, "qC", 2);
		run_n(in, n);
		CHECK_CANON(
		    false,
		    "+$OK#$QC1#+$PacketSize=10000;QStartNoAckMode+;swbreak+;"
		    "hwbreak+;qXfer:features:read+;qXfer:threads:read+;"
		    "vContSupported+;qXfer:memory-map:read+#+$QC1#");

		n = 0;
		n += frame_n(in + n, "QStartNoAckMode", 15);
		n += frame_n(in + n, "qSupported:xmlRegisters=i386",
			     28); /* LLDB */
		n += frame_n(in + n, "qC", 2);
		n += frame_n(in + n, "QStartNoAckMode", 15); /* LLDB again */
		n += frame_n(in + n, "qC", 2);
		run_n(in, n);
		CHECK_CANON(false,
			    "+$OK#$PacketSize=10000;QStartNoAckMode+;swbreak+;"
			    "hwbreak+;qXfer:features:read+;qXfer:threads:read+;"
			    "vContSupported+;qXfer:memory-map:read+#$"
			    "QC1#+$OK#$QC1#");
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
		sprintf(req, "m%lx,%zx", (unsigned long)(FAKE_BASE + 0x9000),
			nbytes + 1);
		sprintf(want, "%s", hexs(m, nbytes + 1));
		run(pkt(req));
		if (frames_split(F.out, F.out_len, fr, 4) != 2 ||
		    !fr[1].csum_ok) {
			bad++;
			continue;
		}
		size_t d = frame_decode(F.out + fr[1].raw_off, fr[1].raw_len,
					got, sizeof(got), false);

		if (d != strlen(want) || memcmp(got, want, d) != 0) {
			bad++;
			continue;
		}
		for (size_t i = 0; i + 1 < fr[1].raw_len; i++) {
			char c = F.out[fr[1].raw_off + i];

			if (c == '*') {
				char k = F.out[fr[1].raw_off + i + 1];

				if (k == '#' || k == '$' || k == '+' ||
				    k == '-' || k > '~')
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

static void test_rx_feed(void)
{
	char want[512];

	setup();
	CHECK(!uk_gdbstub_rx_feed(&GS, '+'), "ack: no entry");
	CHECK(!uk_gdbstub_rx_feed(&GS, 'x'), "noise: no entry");
	CHECK(uk_gdbstub_rx_feed(&GS, '$'), "a packet enters");
	/* The packet goes on from the transport. */
	run("qC#b4");
	CHECK(out_is("+$QC1#c5"), "packet begun while running: %.*s",
	      (int)F.out_len, F.out);

	/* A fresh connection's first byte is a Ctrl-C: the stop reply comes
	 * unasked, as from QEMU's stub. */
	setup();
	CHECK(uk_gdbstub_rx_feed(&GS, 0x03), "Ctrl-C enters");
	STOP = (struct uk_gdbstub_stop){ UK_GDBSTUB_SIGINT,
					 UK_GDBSTUB_STOP_SIGNAL, 0 };
	run(pkt("qC"));
	sprintf(want, "$T02%s#+$QC1#", expedited());
	CHECK_CANON(false, want);
	STOP = (struct uk_gdbstub_stop){ UK_GDBSTUB_SIGTRAP,
					 UK_GDBSTUB_STOP_SIGNAL, 0 };

	/* Ctrl-C while the debugger waits: the stop reply, then service. */
	setup();
	CHECK(run(pkt("c")).action == UK_GDBSTUB_CONTINUE, "continue");
	CHECK(uk_gdbstub_rx_feed(&GS, 0x03), "Ctrl-C");
	STOP = (struct uk_gdbstub_stop){ UK_GDBSTUB_SIGINT,
					 UK_GDBSTUB_STOP_SIGNAL, 0 };
	run(pkt("qC"));
	sprintf(want, "$T02%s#+$QC1#", expedited());
	CHECK_CANON(false, want);
	STOP = (struct uk_gdbstub_stop){ UK_GDBSTUB_SIGTRAP,
					 UK_GDBSTUB_STOP_SIGNAL, 0 };
}

/* A whole packet that came in while running is answered when the CPU
 * stops; a newer one replaces it. */
static void test_rx_pending(void)
{
	const char *p = pkt("qC");

	setup();
	for (size_t i = 0; p[i]; i++) {
		bool stop = uk_gdbstub_rx_feed(&GS, p[i]);

		CHECK(stop == (i == 0 || !p[i + 1]), "byte %zu of %s: stop %d",
		      i, p, stop);
	}
	CHECK(run("").action == UK_GDBSTUB_CLOSED, "input ends");
	CHECK_CANON(false, "+$QC1#");

	setup();
	for (const char *q = "$qC#b4$qAttached#8f"; *q; q++)
		uk_gdbstub_rx_feed(&GS, *q);
	run("");
	CHECK_CANON(false, "+$1#"); /* qAttached only */
}

/* Console output reaches the debugger only while it waits for a stop. */
static void test_console_write(void)
{
	setup();
	CHECK(!uk_gdbstub_console_write(&GS, "hi\n", 3), "no debugger yet");
	CHECK(F.out_len == 0, "nothing sent");
	CHECK(run(pkt("c")).action == UK_GDBSTUB_CONTINUE, "continue");
	F.out_len = 0;
	CHECK(uk_gdbstub_console_write(&GS, "hi\n", 3), "running: sent");
	CHECK_CANON(false, "$O68690a#");
	F.out_len = 0;
	CHECK(uk_gdbstub_console_write(&GS, "", 0), "nothing to say");
	CHECK(F.out_len == 0, "no empty O packet: %.*s", (int)F.out_len, F.out);

	/* Longer than a packet: split, none over PacketSize. */
	{
		static char big[3 * UK_GDBSTUB_PACKET_SIZE];

		memset(big, 'a', sizeof(big));
		F.out_len = 0;
		CHECK(uk_gdbstub_console_write(&GS, big, sizeof(big)), "big");
		CHECK(strlen(canon(false)) > 0 && !strchr(canon_buf, '!'),
		      "big: well framed");
	}

	/* At the stop the debugger gets its reply; in the session no O. */
	STOP = (struct uk_gdbstub_stop){ UK_GDBSTUB_SIGTRAP,
					 UK_GDBSTUB_STOP_SIGNAL, 0 };
	run(pkt("c"));
	CHECK(uk_gdbstub_console_write(&GS, "x", 1),
	      "after the second continue");
	run(pkt("D"));
	CHECK(!uk_gdbstub_console_write(&GS, "x", 1), "detached: not sent");
}

int main(void)
{
	fake_xml_make();
	test_hex();
	test_init();
	test_framing();
	test_noack();
	test_rle();
	test_rx_feed();
	test_rx_pending();
	test_console_write();
	free(F.out);
	return check_summary("test_gdbstub");
}
