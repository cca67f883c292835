/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Host tests of the GDB stub's protocol core (lib/ukgdbstub) with a target
 * that has threads: the list (paged, and as qXfer:threads XML with names
 * escaped), qThreadExtraInfo, qC, qThreadStopInfo, T, Hg with registers of
 * a thread that is not running (unknown ones as 'x', refused by P and G),
 * stop replies naming the thread, vCont and Hc with a thread (the lock in
 * the verdict, steps of a thread off the CPU refused).
 *
 * The fake threads: ids 1..NTHREADS, thread CUR is the one that stopped
 * (its registers are the fake target's); thread 7 is called a<b&"c>; the
 * others, not running, know r6, r7, pc and v0 only, each register reading
 * as its thread's id.
 */
#include "gdbstub_harness.h"

#define NTHREADS 20000UL
#define CUR	 2UL

static unsigned long written_id;
static uint8_t written[FAKE_REGSLEN];

static unsigned long th_current(void *ctx)
{
	(void)ctx;
	return CUR;
}

static unsigned long th_next(void *ctx, unsigned long id)
{
	(void)ctx;
	return id < NTHREADS ? id + 1 : 0;
}

static int th_describe(void *ctx, unsigned long id, struct uk_gdbstub_thread *t)
{
	static char name[32];

	(void)ctx;
	if (id < 1 || id > NTHREADS)
		return -1;
	snprintf(name, sizeof(name), "t%lu", id);
	t->name = id == 7 ? "a<b&\"c>" : name;
	t->state = id == CUR ? "running" : "blocked";
	t->detail = id == CUR ? NULL : "mutex";
	return 0;
}

/* Table numbers the fake's saved contexts keep: r6, r7, pc, v0. */
static bool kept(unsigned int n)
{
	return n == 6 || n == 7 || n == 16 || n == 18;
}

static int th_regs_read(void *ctx, unsigned long id, uint8_t *image, size_t len,
			uint8_t *known)
{
	(void)ctx;
	if (id < 1 || id > NTHREADS || id == CUR || len != FAKE_REGSLEN)
		return -1;
	memset(image, (int)(id & 0xff), len);
	for (unsigned int n = 0; n < FAKE_NREGS; n++)
		if (kept(n))
			known[n / 8] |= (uint8_t)(1u << (n % 8));
	return 0;
}

static int th_regs_write(void *ctx, unsigned long id, const uint8_t *image,
			 size_t len)
{
	(void)ctx;
	written_id = id;
	memcpy(written, image, len);
	return 0;
}

static const struct uk_gdbstub_threads threads = {
	th_current, th_next, th_describe, th_regs_read, th_regs_write,
};

static struct uk_gdbstub_ops thr_ops;
static const struct uk_gdbstub_target THR = { &fake_arch, &thr_ops, &F };

static void thr_setup(void)
{
	thr_ops = fake_ops;
	thr_ops.threads = &threads;
	fake_reset(&F);
	written_id = 0;
	CHECK(uk_gdbstub_init(&GS, &IO, &THR) == 0, "init with threads");
}

/* The ids of qfThreadInfo/qsThreadInfo pages until 'l'; return how many,
 * checking they come 1, 2, 3... */
static unsigned long list_pages(int *pages)
{
	unsigned long next = 1;
	const char *req = "qfThreadInfo";

	*pages = 0;
	for (;;) {
		const char *r = ask(req);
		char *p;

		req = "qsThreadInfo";
		if (strcmp(r, "l") == 0)
			return next - 1;
		CHECK(r[0] == 'm', "page %d: %.40s", *pages, r);
		if (r[0] != 'm')
			return 0;
		(*pages)++;
		p = (char *)r + 1;
		while (*p) {
			unsigned long id = strtoul(p, &p, 16);

			CHECK(id == next, "id %lx, want %lx", id, next);
			next++;
			if (*p == ',')
				p++;
		}
	}
}

static void test_list(void)
{
	static char xml[4 << 20];
	char req[64];
	size_t n = 0;
	int pages;

	thr_setup();
	CHECK(list_pages(&pages) == NTHREADS, "every thread listed");
	CHECK(pages > 1, "paged: %d pages", pages);
	CHECK_ASK("qC", "QC2");

	/* qXfer:threads in slices of 32 KiB */
	for (;;) {
		const char *r;

		sprintf(req, "qXfer:threads:read::%zx,8000", n);
		r = talk(req, NULL)[0];
		CHECK(r[0] == 'm' || r[0] == 'l', "slice at %zu: %.20s", n, r);
		memcpy(xml + n, r + 1, strlen(r + 1));
		n += strlen(r + 1);
		if (r[0] != 'm' || n > sizeof(xml) - 2000)
			break;
	}
	xml[n] = '\0';
	CHECK(strncmp(xml, "<?xml version=\"1.0\"?>\n<threads>\n", 32) == 0,
	      "xml head: %.60s", xml);
	CHECK(strstr(xml, "<thread id=\"2\" name=\"t2\">running</thread>\n"),
	      "the thread that stopped");
	CHECK(strstr(xml, "<thread id=\"7\" name=\"a&lt;b&amp;&quot;c&gt;\">"
			  "blocked: mutex</thread>\n"),
	      "an escaped name");
	CHECK(strstr(xml, "<thread id=\"4e20\" name=\"t20000\">"),
	      "the last thread");
	CHECK(n > 7 && strcmp(xml + n - 11, "</threads>\n") == 0,
	      "xml tail: %s", xml + (n > 40 ? n - 40 : 0));
	sprintf(req, "qXfer:threads:read::%zx,10", n + 5);
	CHECK_ASK(req, "l");
	CHECK_ASK("qXfer:threads:read:x:0,10", "E00");
	CHECK_ASK("qXfer:threads:read::0", "E01");

	/* "t5 (blocked: mutex)" */
	CHECK_ASK("qThreadExtraInfo,5",
		  "74352028626c6f636b65643a206d7574657829");
	CHECK_ASK("qThreadExtraInfo,2", "74322028727"
					"56e6e696e6729");
	CHECK_ASK("qThreadExtraInfo,0", "E06");
	CHECK_ASK("qThreadExtraInfo,zz", "E01");
	CHECK_ASK("T5", "OK");
	CHECK_ASK("T4e20", "OK");
	CHECK_ASK("T4e21", "E06");
	CHECK_ASK("T0", "E06");
}

/* Each talk() is one stop of its own, and a session that ends with its
 * input (the channel closed) forgets Hg: a choice is made in the same one. */
#define ASK_AFTER(first, req, want)                                            \
	do {                                                                   \
		const char *got_ = talk(first, req, NULL)[1];                  \
		CHECK(strcmp(got_, (want)) == 0,                               \
		      "%s: got '%.200s', want '%.200s'", (req), got_, (want)); \
	} while (0)

static void test_registers(void)
{
	char want[512], req[600], *p = want;

	thr_setup();
	/* The thread that stopped: the fake target's registers. */
	CHECK_ASK("g", hexs(F.regs, FAKE_REGSLEN));
	for (unsigned int n = 0; n < FAKE_NREGS; n++) {
		for (unsigned int i = 0; i < fake_regs[n].size; i++)
			p += sprintf(p, kept(n) ? "05" : "xx");
	}
	ASK_AFTER("Hg5", "g", want);
	ASK_AFTER("Hg5", "p0", "xxxxxxxxxxxxxxxx");
	ASK_AFTER("Hg5", "p7", "0505050505050505");
	ASK_AFTER("Hg5", "P0=0100000000000000", "E03");
	CHECK(written_id == 0, "nothing written");
	ASK_AFTER("Hg5", "P7=1122334455667788", "OK");
	CHECK(written_id == 5 && written[7 * 8] == 0x11, "P went to thread 5");

	/* G: 'x's leave a register, zeros for an unknown one pass, other
	 * values for it are refused with nothing written. */
	written_id = 0;
	for (p = want; *p; p++)
		if (*p == 'x')
			*p = '0';
	memcpy(want + 2 * 6 * 8, "aaaaaaaaaaaaaaaa", 16);
	sprintf(req, "G%s", want);
	ASK_AFTER("Hg5", req, "OK");
	CHECK(written_id == 5 && written[6 * 8] == 0xaa && written[0] == 0x05,
	      "G wrote r6 of thread 5 and left r0");
	written_id = 0;
	req[1] = '1';
	ASK_AFTER("Hg5", req, "E03");
	CHECK(written_id == 0, "a refused G writes nothing");
	memset(req + 1, 'x', 16 * 8 * 2);
	ASK_AFTER("Hg5", req, "OK");

	/* Stop replies expedite and name the thread that stopped, whatever
	 * Hg chose; qThreadStopInfo describes any. */
	ASK_AFTER("Hg5", "?",
		  "T0506:00f0ffff00000000;07:c0efffff00000000;"
		  "10:3412004000000000;thread:2;");
	CHECK_ASK("qThreadStopInfo5",
		  "T0006:0505050505050505;07:0505050505050505;"
		  "10:0505050505050505;thread:5;hexname:7435;");
	CHECK_ASK("qThreadStopInfo9999", "E06");
	ASK_AFTER("Hg5", "Hg0", "OK");
	CHECK(strcmp(talk("Hg5", "Hg0", "p0", NULL)[2], hexs(F.regs, 8)) == 0,
	      "Hg0: the thread that stopped again");
	CHECK_ASK("Hg4e21", "E06");
	/* A stop reply makes the thread it names Hg's choice (gdb assumes). */
	CHECK(strcmp(talk("Hg5", "?", "p0", NULL)[2], hexs(F.regs, 8)) == 0,
	      "after ?, the thread that stopped");
}

static struct uk_gdbstub_resume resume(const char *req)
{
	thr_setup();
	return run(pkt(req));
}

static void test_resume(void)
{
	struct uk_gdbstub_resume r;

	r = resume("vCont;c");
	CHECK(r.action == UK_GDBSTUB_CONTINUE && r.thread == 0, "c: all run");
	r = resume("vCont;s:2;c");
	CHECK(r.action == UK_GDBSTUB_STEP && r.thread == 0, "s:2;c");
	r = resume("vCont;s:2");
	CHECK(r.action == UK_GDBSTUB_STEP && r.thread == 2, "s:2 locks");
	r = resume("vCont;c:2");
	CHECK(r.action == UK_GDBSTUB_CONTINUE && r.thread == 2, "c:2 locks");
	r = resume("vCont;c:5");
	CHECK(r.action == UK_GDBSTUB_CONTINUE && r.thread == 5,
	      "c:5: only thread 5 runs");
	r = resume("vCont;c:0");
	CHECK(r.action == UK_GDBSTUB_CONTINUE && r.thread == 2,
	      "c:0: any thread is the one that stopped");
	r = resume("vCont;c:3;c:5");
	CHECK(r.action == UK_GDBSTUB_CONTINUE && r.thread == 0,
	      "two threads named: all run");
	thr_setup();
	CHECK_ASK("vCont;s:5", "E06");
	CHECK_ASK("vCont;s:5;c", "E06");
	CHECK_ASK("vCont;c:2;s:5", "E06");
	CHECK_ASK("vCont;c:4e21", "E06");
	ASK_AFTER("Hc5", "s", "E06");
	{
		char in[64];
		size_t n = frame_n(in, "Hc5", 3);

		n += frame_n(in + n, "c", 1);
		thr_setup();
		r = run_n(in, n);
		CHECK(r.action == UK_GDBSTUB_CONTINUE && r.thread == 5,
		      "Hc5 c: only thread 5 runs");
		CHECK_CANON(false, "+$OK#+");
	}
}

int main(void)
{
	test_list();
	test_registers();
	test_resume();
	return check_summary("test_gdbstub_threads");
}
