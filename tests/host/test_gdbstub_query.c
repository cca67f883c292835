/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Host tests of the GDB stub's protocol core (lib/ukgdbstub): queries
 * (qSupported, qXfer target.xml, threads, the LLDB additions, the crash
 * dump object) and monitor commands.
 */
#include "gdbstub_harness.h"
#include "gdbstub_internal.h"

static void test_queries(void)
{
	char want[256], in[256];
	size_t n;

	setup();
	CHECK_ASK("qSupported:multiprocess+;swbreak+;hwbreak+;qRelocInsn+;"
		  "xmlRegisters=i386",
		  "PacketSize=10000;QStartNoAckMode+;swbreak+;hwbreak+;"
		  "qXfer:features:read+;qXfer:threads:read+;vContSupported+;"
		  "qXfer:memory-map:read+");
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
	sprintf(want, "triple:%s;ptrsize:8;endian:little;",
		hexs("x86_64-unknown-none", 19));
	CHECK_ASK("qHostInfo", want);
	CHECK_ASK("qRegisterInfo0",
		  "name:r0;bitsize:64;offset:0;encoding:uint;format:hex;"
		  "set:General Purpose Registers;ehframe:0;dwarf:0;");
	CHECK_ASK(
	    "qRegisterInfo7",
	    "name:r7;bitsize:64;offset:56;encoding:uint;format:hex;"
	    "set:General Purpose Registers;ehframe:7;dwarf:7;generic:sp;");
	CHECK_ASK(
	    "qRegisterInfo10",
	    "name:pc;bitsize:64;offset:128;encoding:uint;format:hex;"
	    "set:General Purpose Registers;ehframe:16;dwarf:16;generic:pc;");
	CHECK_ASK("qRegisterInfo11",
		  "name:flags;bitsize:32;offset:136;encoding:uint;"
		  "format:hex;set:General Purpose "
		  "Registers;ehframe:49;dwarf:49;generic:flags;");
	CHECK_ASK("qRegisterInfo12",
		  "name:v0;bitsize:128;offset:140;encoding:vector;"
		  "format:vector-uint8;set:Floating Point "
		  "Registers;ehframe:17;dwarf:17;");
	CHECK_ASK("qRegisterInfo13",
		  "name:f0;bitsize:80;offset:156;encoding:ieee754;"
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
			while (!last && slices < 10000) {
				char req[96];
				const char *c;

				sprintf(
				    req,
				    "qXfer:features:read:target.xml:%zx,%lx",
				    total, (unsigned long)step);
				run(pkt(req));
				c = canon(true);
				if (strncmp(c, "+$", 2) != 0 ||
				    (c[2] != 'm' && c[2] != 'l'))
					break;
				escaped &= memchr(F.out + 3, '*',
						  F.out_len - 6) == NULL;
				last = c[2] == 'l';
				n = strlen(c) - 4;
				memcpy(got + total, c + 3, n);
				total += n;
				slices++;
			}
			CHECK(last && total == len &&
				  memcmp(got, fake_xml, len) == 0,
			      "qXfer in slices of %lx: %d slices, %zu of %zu "
			      "bytes",
			      (unsigned long)step, slices, total, len);
			CHECK(escaped, "no raw '*' in binary replies");
		}
		CHECK(slices == 2,
		      "a big request is cut to one packet: %d slices", slices);
	}
	n = (size_t)sprintf(want, "qXfer:features:read:target.xml:%zx,10",
			    strlen(fake_xml));
	CHECK_ASK(want, "l");
	CHECK_ASK("qXfer:features:read:target.xml:ffffffffffffffff,10", "l");
	CHECK_ASK("qXfer:features:read:other.xml:0,10", "E00");
	CHECK_ASK("qXfer:features:read:target.xml:0", "E01");
	CHECK_ASK("qXfer:features:read:target.xml:0,", "E01");
	CHECK_ASK("qXfer:features:read:target.xml:", "E01");
	CHECK_ASK("qXfer:features:read:targ", "E00");
	CHECK_ASK("qXfer:memory-map:read:x:0,10", "E00");
	/* The raw escape of the description's "$#}*". */
	run(pkt("qXfer:features:read:target.xml:22,4"));
	n = frame_n(in, "m}\x04}\x03}]}\x0a", 9);
	CHECK(F.out_len == n + 1 && memcmp(F.out + 1, in, n) == 0,
	      "escaped: %.*s", (int)F.out_len, F.out);
}

/* qXfer:lantern.core:read: slices until 'l', the bytes intact, escaped. */
static void test_core_xfer(void)
{
	static uint8_t got[FAKE_CORE_SIZE + 16];
	size_t total = 0;
	int slices = 0, dumps;
	bool last = false;

	setup();
	dumps = fake_core_dumps;
	while (!last && slices < 1000) {
		char req[96];
		const char *c;
		size_t n;

		sprintf(req, "qXfer:lantern.core:read::%zx,1f4", total);
		run(pkt(req));
		c = canon(true);
		if (strncmp(c, "+$", 2) != 0 || (c[2] != 'm' && c[2] != 'l'))
			break;
		last = c[2] == 'l';
		n = strlen(c) - 4;
		if (total + n > sizeof(got))
			break;
		memcpy(got + total, c + 3, n);
		total += n;
		slices++;
	}
	CHECK(last && total == FAKE_CORE_SIZE, "%d slices, %zu bytes", slices,
	      total);
	for (size_t i = 0; i < total; i++)
		if (got[i] != fake_core_byte(i)) {
			CHECK(false, "byte %zu: %02x", i, got[i]);
			break;
		}
	CHECK(fake_core_dumps == dumps + 1, "one dump laid out: %d",
	      fake_core_dumps - dumps);
	CHECK_ASK("qXfer:lantern.core:read::bb8,10", "l");
	CHECK_ASK("qXfer:lantern.core:read::0", "E01");
	CHECK_ASK("qXfer:lantern.core:read:x:0,10", "E00");
	CHECK_ASK("qXfer:lantern.core:read:", "E00");
}

/* qXfer:memory-map:read: the fake's two regions as gdb's XML, whole and
 * in slices that add up to it. */
static void test_memory_map(void)
{
	static const char want[] =
	    "<?xml version=\"1.0\"?>\n"
	    "<!DOCTYPE memory-map PUBLIC \"+//IDN gnu.org//DTD GDB Memory Map "
	    "V1.0//EN\" \"http://sourceware.org/gdb/gdb-memory-map.dtd\">\n"
	    "<memory-map>\n"
	    "<memory type=\"ram\" start=\"0x40000000\" length=\"0x10000\"/>\n"
	    "<memory type=\"ram\" start=\"0xfffff000\" length=\"0x1000\"/>\n"
	    "</memory-map>\n";
	static char got[sizeof(want) + 64];
	size_t total = 0;
	bool last = false;

	setup();
	CHECK_ASK(
	    "qXfer:memory-map:read::0,ffff",
	    "l"
	    "<?xml version=\"1.0\"?>\n"
	    "<!DOCTYPE memory-map PUBLIC \"+//IDN gnu.org//DTD GDB Memory "
	    "Map V1.0//EN\" \"http://sourceware.org/gdb/gdb-memory-map.dtd"
	    "\">\n<memory-map>\n<memory type=\"ram\" start=\"0x40000000\" "
	    "length=\"0x10000\"/>\n<memory type=\"ram\" start=\"0xfffff000\" "
	    "length=\"0x1000\"/>\n</memory-map>\n");
	for (int i = 0; i < 100 && !last; i++) {
		char req[64];
		const char *r;

		sprintf(req, "qXfer:memory-map:read::%zx,1d", total);
		r = ask(req);
		if (r[0] != 'm' && r[0] != 'l')
			break;
		last = r[0] == 'l';
		if (total + strlen(r + 1) >= sizeof(got))
			break;
		memcpy(got + total, r + 1, strlen(r + 1));
		total += strlen(r + 1);
	}
	CHECK(last && total == strlen(want) && !memcmp(got, want, total),
	      "sliced: %.*s", (int)total, got);
	CHECK_ASK("qXfer:memory-map:read::0", "E01");
}

/* A channel with a send buffer of its own, smaller than the dump: the
 * stream fills it in place, room after room. */
static char room[700];
static int commits;

static size_t room_get(void *ctx, char **buf)
{
	(void)ctx;
	*buf = room;
	return sizeof(room);
}

static void room_commit(void *ctx, size_t len)
{
	CHECK(len <= sizeof(room), "commit of %zu", len);
	commits++;
	fake_write(ctx, room, len);
}

static const struct uk_gdbstub_io IO_ROOM = { .getc = fake_getc,
					      .write = fake_write,
					      .flush = fake_flush,
					      .write_room = room_get,
					      .write_commit = room_commit,
					      .ctx = &F };

/* Whether the output is "+$b<count>,bb8#cs", @count bytes of the dump
 * from @off, "$OK#9a". */
static bool stream_is(uint64_t off, size_t count)
{
	char head[64], tail[16], body[32];
	size_t h, t;

	sprintf(body, "b%zx,bb8", count);
	head[0] = '+';
	h = 1 + frame_n(head + 1, body, strlen(body));
	t = frame_n(tail, "OK", 2);
	if (F.out_len != h + count + t || memcmp(F.out, head, h) != 0 ||
	    memcmp(F.out + h + count, tail, t) != 0)
		return false;
	for (size_t i = 0; i < count; i++)
		if ((uint8_t)F.out[h + i] != fake_core_byte(off + i))
			return false;
	return true;
}

/* qLantern.core.stream: the count, the raw bytes, OK; through the reply
 * buffer and through the channel's own buffer. */
static void test_core_stream(void)
{
	int dumps;

	setup();
	dumps = fake_core_dumps;
	run(pkt("qLantern.core.stream:0,ffffffff"));
	CHECK(stream_is(0, FAKE_CORE_SIZE), "whole: %.60s", F.out);
	CHECK(fake_core_dumps == dumps + 1, "offset 0 lays out a dump");
	F.out_len = 0;
	run(pkt("qLantern.core.stream:10,20"));
	CHECK(stream_is(0x10, 0x20), "slice: %.60s", F.out);
	F.out_len = 0;
	run(pkt("qLantern.core.stream:bb8,10"));
	CHECK(stream_is(0xbb8, 0), "past the end: %.60s", F.out);
	CHECK(fake_core_dumps == dumps + 1, "other offsets read the last dump");
	CHECK_ASK("qLantern.core.stream:0", "E01");
	CHECK_ASK("qLantern.core.stream:x,1", "E01");

	fake_reset(&F);
	CHECK(uk_gdbstub_init(&GS, &IO_ROOM, &TGT) == 0, "init");
	run(pkt("qLantern.core.stream:0,ffffffff"));
	CHECK(stream_is(0, FAKE_CORE_SIZE), "in place: %.60s", F.out);
	CHECK(commits == (FAKE_CORE_SIZE + sizeof(room) - 1) / sizeof(room),
	      "%d commits", commits);
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
	run(pkt("qRcmd,")); /* the empty line */
	sprintf(want, "+$O%s#$E07#", hexs("no such command\n", 16));
	CHECK_CANON(false, want);

	/* Long output: several O packets, each within the packet size,
	 * together the whole text. */
	run(pkt(rcmd("big")));
	{
		static struct frame fr[64];
		static char body[UK_GDBSTUB_PACKET_SIZE + 1];
		size_t nf = frames_split(F.out, F.out_len, fr, ARRAY_LEN(fr)),
		       xs = 0;
		bool ok = nf >= 4 && fr[0].kind == '+';

		for (size_t i = 1; ok && i < nf; i++) {
			size_t d =
			    frame_decode(F.out + fr[i].raw_off, fr[i].raw_len,
					 body, sizeof(body) - 1, false);

			ok = fr[i].csum_ok && d != (size_t)-1 &&
			     d <= UK_GDBSTUB_PACKET_SIZE;
			body[ok ? d : 0] = '\0';
			if (i == nf - 1) {
				ok = ok && strcmp(body, "OK") == 0;
				break;
			}
			ok = ok && body[0] == 'O' && d % 2 == 1;
			for (size_t k = 1; ok && k < d; k += 2)
				ok = body[k] == '7' &&
				     body[k + 1] == '8'; /* 'x' */
			xs += (d - 1) / 2;
		}
		CHECK(ok && xs == FAKE_BIG_PIECES * 1000,
		      "big output: %zu frames, %zu bytes", nf, xs);
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

/* gdb_binary_fit, which cuts a dump's slice to its packet, against a
 * byte-by-byte count: every length and room, escapes at every offset
 * within a word. */
static void test_binary_fit(void)
{
	static const char esc[] = "$#}*";
	char s[40];

	for (size_t i = 0; i < sizeof(s); i++)
		s[i] = i % 5 == 2 ? esc[i % 4] : (char)('a' + i);
	for (size_t n = 0; n <= sizeof(s); n++)
		for (size_t room = 0; room <= 2 * sizeof(s) + 1; room++) {
			size_t used = 0, fit = 0;

			while (fit < n) {
				size_t cost = strchr(esc, s[fit]) ? 2 : 1;

				if (used + cost > room)
					break;
				used += cost;
				fit++;
			}
			CHECK(gdb_binary_fit(s, n, room) == fit,
			      "%zu bytes, room %zu: %zu, not %zu", n, room,
			      gdb_binary_fit(s, n, room), fit);
		}
}

int main(void)
{
	fake_xml_make();
	test_queries();
	test_core_xfer();
	test_core_stream();
	test_memory_map();
	test_binary_fit();
	test_monitor();
	free(F.out);
	return check_summary("test_gdbstub_query");
}
