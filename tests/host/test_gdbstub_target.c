/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Host tests of the GDB stub's protocol core (lib/ukgdbstub): registers,
 * memory, software and hardware breakpoints, stop replies and the resume
 * verdicts against the fake target.
 */
#include "gdbstub_harness.h"

static void test_regs(void)
{
	char req[2 * FAKE_REGSLEN + 8];
	uint8_t img[FAKE_REGSLEN];

	setup();
	CHECK_ASK("g", hexs(F.regs, FAKE_REGSLEN));
	run(pkt("g"));
	CHECK(strchr(F.out, '*') && F.out_len < 2 * FAKE_REGSLEN,
	      "g is run-length encoded");

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
	CHECK_ASK(req, "E01"); /* short */
	sprintf(req, "G%s00", hexs(img, FAKE_REGSLEN));
	CHECK_ASK(req, "E02"); /* long */

	/* p / P */
	setup();
	CHECK_ASK("p10", "3412004000000000");	  /* pc */
	CHECK_ASK("p7", "c0efffff00000000");	  /* sp */
	CHECK_ASK("p11", "00000000");		  /* flags */
	CHECK_ASK("p13", "00000000000000000000"); /* f0 */
	CHECK_ASK("p14", "E04");
	CHECK_ASK("pffffffffffffffffff", "E01");
	CHECK_ASK("p", "E01");
	CHECK_ASK("p1x", "E01");
	CHECK_ASK("P10=1122334455667788", "OK");
	CHECK(memcmp(F.regs + FAKE_PC_OFF, "\x11\x22\x33\x44\x55\x66\x77\x88",
		     8) == 0,
	      "P wrote pc");
	CHECK_ASK("P10=11223344", "E01"); /* wrong size */
	CHECK_ASK("P10=11223344556677xx", "E01");
	CHECK_ASK("P14=00", "E04");
	CHECK_ASK("P10", "E01");
	CHECK_ASK("P11=01020304", "OK");
	CHECK(memcmp(F.regs + FAKE_PC_OFF + 8, "\x01\x02\x03\x04", 4) == 0,
	      "P wrote flags");

	F.regs_fail = true;
	CHECK_ASK("g", "E03");
	CHECK_ASK("p0", "E03");
	CHECK_ASK("P0=0000000000000000", "E03");
	sprintf(req, "G%s", hexs(img, FAKE_REGSLEN));
	CHECK_ASK(req, "E03");
	run(pkt("?"));
	CHECK_CANON(false, "+$T05thread:1;#"); /* no expedited registers */
}

/* --- memory ---------------------------------------------------------- */

/* g_nregs: 'g' and 'G' carry r0-r15, pc and flags; the vector and the
 * x87 register go through 'p' and 'P' only. */
static void test_regs_g_prefix(void)
{
	const size_t g_len = 16 * 8 + 8 + 4;
	char req[2 * FAKE_REGSLEN + 8];
	uint8_t img[FAKE_REGSLEN], before[FAKE_REGSLEN];

	fake_arch.g_nregs = 18;
	setup();
	CHECK_ASK("g", hexs(F.regs, g_len));
	CHECK_ASK("p12", hexs(F.regs + g_len, 16)); /* the vector */
	memcpy(before, F.regs, FAKE_REGSLEN);
	for (size_t i = 0; i < FAKE_REGSLEN; i++)
		img[i] = (uint8_t)(0x80 + i);
	sprintf(req, "G%s", hexs(img, g_len));
	CHECK_ASK(req, "OK");
	CHECK(memcmp(F.regs, img, g_len) == 0, "G wrote what g carries");
	CHECK(memcmp(F.regs + g_len, before + g_len, FAKE_REGSLEN - g_len) == 0,
	      "G left the registers past g alone");
	sprintf(req, "G%s", hexs(img, FAKE_REGSLEN));
	CHECK_ASK(req, "E02"); /* the whole image: too long */
	fake_arch.g_nregs = 0;
}

static void test_mem(void)
{
	char req[40000], in[40000];
	char(*r)[REPLY_MAX];
	size_t n;

	setup();
	CHECK_ASK("m40008000,4", hexs(F.mem + 0x8000, 4));
	CHECK_ASK("m4000fffc,8",
		  hexs(F.mem + 0xfffc, 4)); /* short at the edge */
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
	CHECK(strlen(r[0]) == UK_GDBSTUB_PACKET_SIZE &&
		  strncmp(r[0], hexs(F.mem, 4096), 8192) == 0,
	      "long read clamped to %d hex digits: %zu", UK_GDBSTUB_PACKET_SIZE,
	      strlen(r[0]));

	/* M */
	CHECK_ASK("M40008000,4:deadbeef", "OK");
	CHECK(memcmp(F.mem + 0x8000, "\xde\xad\xbe\xef", 4) == 0, "M wrote");
	CHECK_ASK("M40008000,4:deadbe", "E01");
	CHECK_ASK("M40008000,2:deadbeef", "E01");
	CHECK_ASK("M40008000,2:dxad", "E01");
	CHECK_ASK("M40008000,2", "E01");
	CHECK_ASK("M40000000,1:00", "E03");   /* read-only text */
	CHECK_ASK("M4000ffff,2:0000", "E03"); /* runs off the end */
	CHECK_ASK("M40008000,0:", "OK");

	/* X: binary, escapes for $ # } *, raw NUL and high bytes. */
	static const char data[] = {
		'a', '$', '#', '}', '*', 0, (char)0xff, 'z'
	};
	n = (size_t)sprintf(req, "X40008100,%zx:", sizeof(data));
	for (size_t i = 0; i < sizeof(data); i++) {
		if (data[i] == '$' || data[i] == '#' || data[i] == '}' ||
		    data[i] == '*') {
			req[n++] = '}';
			req[n++] = (char)(data[i] ^ 0x20);
		} else {
			req[n++] = data[i];
		}
	}
	n = frame_n(in, req, n);
	run_n(in, n);
	CHECK(out_is("+$OK#9a"), "X: %.*s", (int)F.out_len, F.out);
	CHECK(memcmp(F.mem + 0x8100, data, sizeof(data)) == 0,
	      "X wrote unescaped bytes");
	n = frame_n(in, "X40008100,2:a}", 14);
	run_n(in, n);
	CHECK_CANON(false, "+$E01#"); /* torn escape */
	CHECK_ASK("X40008100,3:ab", "E01");
	CHECK_ASK("X40008100,0:", "OK"); /* gdb's probe */

	/* x: LLDB's binary read, escaped on the wire, and its probe. */
	run(pkt("x40008100,8"));
	canon(true);
	CHECK(memcmp(canon_buf, "+$", 2) == 0 &&
		  memcmp(canon_buf + 2, data, sizeof(data)) == 0 &&
		  canon_buf[2 + sizeof(data)] == '#',
	      "x read the bytes back through escapes");
	CHECK_ASK("x0,0", "OK");
	CHECK_ASK("x0,4", "E03");
	CHECK_ASK("x40008100", "E01");
	run(pkt("x40000000,10000"));
	canon(true);
	CHECK(memcmp(canon_buf + 2, F.mem, UK_GDBSTUB_PACKET_SIZE / 2) == 0 &&
		  canon_buf[2 + UK_GDBSTUB_PACKET_SIZE / 2] == '#',
	      "long binary read clamped to half a packet");
	CHECK_ASK("X40000000,1:a", "E03");
	CHECK_ASK("X40008100:ab", "E01");
}

/* --- breakpoints and watchpoints --------------------------------------- */

static void test_breakpoints(void)
{
	static const uint8_t bp[4] = { 0xd4, 0x20, 0x00, 0x00 };
	char(*r)[REPLY_MAX];
	uint8_t orig[8], around[8], edge[2];
	char req[64];

	setup();
	memcpy(orig, F.mem + 0x100, 8);
	memcpy(around, F.mem + 0xfe, 8);
	/* Placed into read-only text, invisible to reads, removed. */
	r = talk("Z0,40000100,4", "m400000fe,8", "Z0,40000100,4",
		 "z0,40000100,4", "m400000fe,8", NULL);
	CHECK(strcmp(r[0], "OK") == 0 && strcmp(r[2], "OK") == 0 &&
		  strcmp(r[3], "OK") == 0,
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
		CHECK(run_n(in, n).action == UK_GDBSTUB_CONTINUE,
		      "resume keeps breakpoints");
		CHECK(memcmp(F.mem + 0x100, bp, 4) == 0 &&
			  memcmp(F.mem + 0x200, bp, 4) == 0,
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
		CHECK(memcmp(F.mem + 0x200, bp, 4) != 0,
		      "last user removed it");
	}

	/* Errors. */
	setup();
	CHECK_ASK("z0,40000100,4", "E05"); /* not placed */
	CHECK_ASK("Z0,3ffffffe,4", "E03"); /* not accessible */
	memcpy(edge, F.mem + 0xfffe, 2);
	CHECK_ASK("Z0,4000fffe,4", "E03"); /* half accessible */
	CHECK(memcmp(F.mem + 0xfffe, edge, 2) == 0, "nothing written");
	CHECK_ASK("Z0,4000010g,4", "E01");
	CHECK_ASK("Z0,40000100", "E01");
	CHECK_ASK("Z5,40000100,4", "E01");
	CHECK_ASK("Z0,40000100,4;X1,0", "OK"); /* conditions ignored */
	{
		char in[256];
		size_t n = 0;

		setup();
		n += frame_n(in + n, "Z0,40000100,4", 13);
		n += frame_n(in + n, "Z0,40000102,4", 13); /* overlaps */
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
			sprintf(req, "Z0,%lx,4",
				(unsigned long)(T0 + 0x10 * (size_t)i));
			n += frame_n(in + n, req, strlen(req));
		}
		run_n(in, n);
		canon(false);
		for (int i = 0; i < UK_GDBSTUB_SWBP_MAX; i++)
			all_ok &= strncmp(canon_buf + 5 * i, "+$OK#", 5) == 0;
		CHECK(all_ok && strcmp(canon_buf + 5 * UK_GDBSTUB_SWBP_MAX,
				       "+$E05#") == 0,
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
			  memcmp(F.mem + 0x8104, bp, 4) == 0,
		      "instruction kept after write");
		r = talk("z0,40008104,4", "m40008100,8", NULL);
		CHECK(strcmp(r[1], "0102030405060708") == 0,
		      "new bytes restored: %s", r[1]);
	}

	/* Hardware breakpoints and watchpoints. */
	setup();
	r = talk("Z1,40000100,1", "Z2,40008000,8", "Z3,40008010,4",
		 "Z4,40008020,2", "Z2,40008030,4", "Z2,40008000,3", NULL);
	CHECK(!strcmp(r[0], "OK") && !strcmp(r[1], "OK") &&
		  !strcmp(r[2], "OK") && !strcmp(r[3], "OK") &&
		  !strcmp(r[4], "E05") && !strcmp(r[5], "E05"),
	      "Z1-Z4: %s %s %s %s %s %s", r[0], r[1], r[2], r[3], r[4], r[5]);
	CHECK(F.hw_remove_all_calls == 1 && !F.hw[0].used,
	      "closing removes all");
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
		CHECK(!F.hw[0].used && F.hw[1].used &&
			  F.hw[1].type == UK_GDBSTUB_HW_READ &&
			  F.hw[1].addr == D0 + 0x10 && F.hw[1].len == 4,
		      "slots");
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
		r = talk("Z1,40000100,1", "z2,40008000,8", "Z0,40000100,4",
			 "qSupported", NULL);
		CHECK(!strcmp(r[0], "") && !strcmp(r[1], "") &&
			  !strcmp(r[2], "OK"),
		      "no hw: '%s' '%s' '%s'", r[0], r[1], r[2]);
		CHECK(strcmp(r[3],
			     "PacketSize=10000;QStartNoAckMode+;swbreak+;"
			     "qXfer:features:read+;qXfer:threads:read+;"
			     "vContSupported+;qXfer:memory-map:read+") == 0,
		      "%s", r[3]);
	}
}

/* --- stop replies and resuming -------------------------------------------- */

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
		{ UK_GDBSTUB_STOP_SWBREAK, 5, "qSupported:swbreak+;hwbreak+",
		  "swbreak:;" },
		{ UK_GDBSTUB_STOP_SWBREAK, 5, "qSupported:hwbreak+", "" },
		{ UK_GDBSTUB_STOP_HWBREAK, 5, "qSupported:swbreak+;hwbreak+",
		  "hwbreak:;" },
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
		STOP =
		    (struct uk_gdbstub_stop){ cases[i].sig, cases[i].kind, D0 };
		r = run("+");
		sprintf(want, "$T%02x%s%s#", cases[i].sig, expedited(),
			cases[i].reason);
		CHECK_CANON(false, want);
		CHECK(r.action == UK_GDBSTUB_CLOSED, "closed");
		/* '?' repeats it */
		run(pkt("?"));
		sprintf(want, "+$T%02x%s#", cases[i].sig, expedited());
		CHECK(strncmp(canon(false), want, strlen(want) - 1) == 0,
		      "? %zu: %s", i, canon_buf);
	}
	STOP = (struct uk_gdbstub_stop){ UK_GDBSTUB_SIGTRAP,
					 UK_GDBSTUB_STOP_SIGNAL, 0 };

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
		uint64_t pc; /* 0: unchanged */
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
		{ "vCont;C05:1", UK_GDBSTUB_CONTINUE, 5, 0 },
		{ "vCont;S0b:-1", UK_GDBSTUB_STEP, 11, 0 },
		{ "vCont;c:0", UK_GDBSTUB_CONTINUE, 0, 0 },
		{ "k", UK_GDBSTUB_KILL, 0, 0 },
	};
	static const char *const bad[] = {
		"cxyz",	    "c1,2",	  "C",		"Cxx",
		"C05;",	    "C05;zz",	  "C100",	"s1x",
		"vCont;",   "vCont;x",	  "vCont;c;",	"vCont;C",
		"vCont;c:", "vCont;c:-2", "vCont;c:1x", "vCont;C100",
	};

	for (size_t i = 0; i < ARRAY_LEN(ok); i++) {
		struct uk_gdbstub_resume r;
		uint64_t pc;

		setup();
		r = run(pkt(ok[i].req));
		memcpy(&pc, F.regs + FAKE_PC_OFF, 8);
		CHECK(r.action == ok[i].action && r.signal == ok[i].sig,
		      "%s: action %d signal %d", ok[i].req, r.action, r.signal);
		CHECK(pc == (ok[i].pc ? ok[i].pc : 0x40001234), "%s: pc %lx",
		      ok[i].req, (unsigned long)pc);
		CHECK(out_is("+") && F.flushes == 1,
		      "%s: only the ack, flushed: %.*s", ok[i].req,
		      (int)F.out_len, F.out);
	}
	setup();
	for (size_t i = 0; i < ARRAY_LEN(bad); i++)
		CHECK_ASK(bad[i], "E01");
	CHECK_ASK("vCont;c:2", "E06");
	CHECK_ASK("vCont;c:2;s", "E06"); /* no thread 2 */
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
		n += frame_n(in + n, "qC", 2); /* never read */
		r = run_n(in, n);
		CHECK(r.action == UK_GDBSTUB_DETACH, "detach");
		CHECK_CANON(false, "+$OK#+$OK#+$OK#$OK#");
		CHECK(F.text_writes == 2 && F.hw_remove_all_calls == 1 &&
			  !F.hw[0].used,
		      "detach removed everything");
		/* The next debugger starts in ack mode, with no stop owed. */
		r = run(pkt("qC"));
		CHECK(out_is("+$QC1#c5"), "after detach: %.*s", (int)F.out_len,
		      F.out);
	}
	{
		struct uk_gdbstub_resume r;

		setup();
		r = run(pkt("D;1"));
		CHECK(r.action == UK_GDBSTUB_DETACH && out_is("+$OK#9a"),
		      "D;pid");
		char in[128];

		setup();
		sprintf(in, "$Z0,40000100,4#zz%s%s", pkt("Z0,40000100,4"),
			pkt("k"));
		r = run(in);
		CHECK(r.action == UK_GDBSTUB_KILL && F.text_writes == 2 &&
			  memcmp(F.mem + 0x100, "\xd4\x20", 2) != 0,
		      "kill removes breakpoints");
		CHECK_CANON(false, "-+$OK#+");
	}
}

/* --- queries -------------------------------------------------------------- */

int main(void)
{
	fake_xml_make();
	test_regs();
	test_regs_g_prefix();
	test_mem();
	test_breakpoints();
	test_stop();
	test_resume();
	free(F.out);
	return check_summary("test_gdbstub_target");
}
