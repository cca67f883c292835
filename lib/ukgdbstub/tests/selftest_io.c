/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The self-test's scripted debugger: a transport (struct uk_gdbstub_io)
 * that plays the script to the stub. getc hands out the next step's packet,
 * expanded and framed here, once the stub has answered the one before;
 * write collects what the stub sends. The answer to a packet is checked
 * when the stub next waits for input, as by then it has said all it will
 * about that packet (after a resume that is at the next stop, and the
 * answer is the stop reply), or when the script ends. A wrong answer fails
 * the case and hangs up: getc returns -1, so the stub ends the session as
 * for a closed channel (every breakpoint removed) and the CPU runs on; the
 * rest of the script does not run.
 *
 * Runs inside the stub's sessions, in exception context: no allocation, no
 * console output.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "../hex.h"
#include "selftest.h"

#define ST_CASES_MAX 32
#define ST_TX_MAX    256 /* one packet of ours, framed */
#define ST_RX_MAX                                                              \
	4096		    /* what the stub says about one packet
				 * (the most: arm64's 'g', 1.6 KB) */
#define ST_TEXT_MAX    4096 /* monitor output before a reply (`help`: 1.2 KB) */
#define ST_WHY_MAX     240
#define ST_PATTERN_MAX 160 /* an expected reply, expanded */
#define RLE_BASE       29  /* "c*n": c and n - 29 more of it */

struct st_case {
	const char *title;
	enum gdb_selftest_result result;
	char why[ST_WHY_MAX];
};

static struct {
	const struct gdb_selftest_step *script;
	unsigned int len;
	gdb_selftest_var_fn var; /* the placeholders' values */
	unsigned int pos;	 /* the next entry to play */
	unsigned int rep;	 /* times it was sent already */
	const struct gdb_selftest_step
	    *sent;	      /* its answer is not checked yet */
	bool noack;	      /* QStartNoAckMode was accepted */
	bool over;	      /* hung up: the script ended or failed */
	void (*action)(void); /* what C does after the last resume */

	char tx[ST_TX_MAX];
	size_t tx_len, tx_pos;
	char rx[ST_RX_MAX]; /* what the stub wrote, raw */
	size_t rx_len;
	bool rx_overflow;
	char last[ST_RX_MAX]; /* the last reply packet, raw (for a NAK) */
	size_t last_len;
	char reply[ST_RX_MAX];	/* the last packet's data, decoded */
	char text[ST_TEXT_MAX]; /* monitor output ("O" packets) before it */

	struct st_case cases[ST_CASES_MAX];
	unsigned int ncases;
	unsigned int cur; /* the case playing, from 1; 0: none yet */
} st;

/* Fail the case playing, saying why, and hang up. */
static __printf(1, 2) void fail(const char *fmt, ...)
{
	struct st_case *c = &st.cases[st.cur ? st.cur - 1 : 0];
	va_list ap;

	st.over = true;
	st.action = NULL;
	if (c->result == ST_FAIL)
		return;
	c->result = ST_FAIL;
	va_start(ap, fmt);
	vsnprintf(c->why, sizeof(c->why), fmt, ap);
	va_end(ap);
}

/* Whether @s matches @pat, in which '*' stands for any run of characters. */
static bool glob(const char *pat, const char *s)
{
	const char *star = NULL, *from = NULL;

	while (*s) {
		if (*pat == '*') {
			star = pat++;
			from = s;
		} else if (*pat == *s) {
			pat++;
			s++;
		} else if (star) {
			pat = star + 1;
			s = ++from;
		} else {
			return false;
		}
	}
	while (*pat == '*')
		pat++;
	return !*pat;
}

/* @tmpl with its {placeholders} replaced, into @dst (@size bytes). False
 * (and the case failed) for an unknown placeholder or no room. */
static bool expand(char *dst, size_t size, const char *tmpl)
{
	const char *p = tmpl, *end;
	size_t o = 0;

	while (*p) {
		const char *val = p;
		size_t n = 1;

		if (*p == '{' && (end = strchr(p, '}'))) {
			val = st.var(p + 1, (size_t)(end - p - 1));
			if (!val) {
				fail("no value for %.*s", (int)(end - p + 1),
				     p);
				return false;
			}
			n = strlen(val);
			p = end;
		}
		p++;
		if (o + n >= size) {
			fail("\"%s\" expands to more than %zu bytes", tmpl,
			     size - 1);
			return false;
		}
		memcpy(dst + o, val, n);
		o += n;
	}
	dst[o] = '\0';
	return true;
}

/* Put @s's packet into tx: "$data#cs", after the ack for the last reply in
 * ack mode (as gdb sends it). */
static bool frame(const struct gdb_selftest_step *s)
{
	char data[ST_TX_MAX - 5];
	uint8_t sum = 0;

	st.tx_len = 0;
	st.tx_pos = 0;
	if (s->how == ST_NAK) {
		st.tx[st.tx_len++] = '-';
		return true;
	}
	if (!expand(data, sizeof(data), s->send))
		return false;
	if (!st.noack)
		st.tx[st.tx_len++] = '+';
	st.tx[st.tx_len++] = '$';
	for (const char *p = data; *p; p++) {
		st.tx[st.tx_len++] = *p;
		sum += (uint8_t)*p;
	}
	if (s->how == ST_BADSUM)
		sum++;
	st.tx[st.tx_len++] = '#';
	st.tx[st.tx_len++] = gdb_hex_digit(sum >> 4);
	st.tx[st.tx_len++] = gdb_hex_digit(sum);
	return true;
}

/* Decode packet data [@p, @end) (run-length encoding) into st.reply. */
static bool unrle(const char *p, const char *end)
{
	size_t o = 0;

	while (p < end) {
		char c = *p++;
		size_t n = 1;

		if (c == '*' && o && p < end) {
			c = st.reply[o - 1];
			n = (size_t)(uint8_t)*p++ - RLE_BASE;
		}
		if (n > sizeof(st.reply) - 1 - o)
			return false;
		memset(st.reply + o, c, n);
		o += n;
	}
	st.reply[o] = '\0';
	return true;
}

/* Append the text of the "O" packet in st.reply to st.text. */
static bool take_output(void)
{
	size_t have = strlen(st.text), n = strlen(st.reply + 1);
	long got;

	if (st.reply[0] != 'O' || n / 2 >= sizeof(st.text) - have)
		return false;
	got = gdb_hex_decode(st.text + have, st.reply + 1, n);
	if (got < 0)
		return false;
	st.text[have + (size_t)got] = '\0';
	return true;
}

/*
 * Split what the stub wrote into acks (into @acks, @size bytes) and
 * packets, checking each checksum; leave the last packet's data decoded in
 * st.reply and raw in st.last, the text of "O" packets before it in
 * st.text. Return NULL, or what is wrong.
 */
static const char *parse(char *acks, size_t size, unsigned int *packets)
{
	size_t i = 0, na = 0;

	*packets = 0;
	st.reply[0] = '\0';
	st.text[0] = '\0';
	while (i < st.rx_len) {
		const char *p = st.rx + i, *hash;
		uint8_t sum = 0;
		int hi, lo;

		if (*p == '+' || *p == '-') {
			if (*packets)
				return "an ack after the reply";
			if (na + 1 < size)
				acks[na++] = *p;
			i++;
			continue;
		}
		if (*p != '$')
			return "a byte outside a packet";
		hash = memchr(p, '#', st.rx_len - i);
		if (!hash || (size_t)(hash - st.rx) + 3 > st.rx_len)
			return "a packet cut short";
		for (const char *q = p + 1; q < hash; q++)
			sum += (uint8_t)*q;
		hi = gdb_hex_val(hash[1]);
		lo = gdb_hex_val(hash[2]);
		if (hi < 0 || lo < 0 || sum != (uint8_t)(hi << 4 | lo))
			return "a wrong checksum";
		if (*packets && !take_output())
			return "a packet before the reply that is not monitor "
			       "output";
		if (!unrle(p + 1, hash))
			return "a run-length encoding past the buffer";
		st.last_len = (size_t)(hash + 3 - p);
		memcpy(st.last, p, st.last_len);
		(*packets)++;
		i += st.last_len;
	}
	acks[na] = '\0';
	return NULL;
}

/* Skip the rest of the current case: the stub does not support it. */
static void skip_case(void)
{
	struct st_case *c = &st.cases[st.cur - 1];

	c->result = ST_SKIP;
	snprintf(c->why, sizeof(c->why),
		 "not supported here (the empty reply)");
	while (st.pos < st.len && !st.script[st.pos].name)
		st.pos++;
	st.rep = 0;
}

/* Check the stub's answer to the packet of st.sent. */
static void check_sent(void)
{
	const struct gdb_selftest_step *s = st.sent;
	char want[ST_PATTERN_MAX], acks[8];
	unsigned int packets;
	int shown = (int)MIN(st.rx_len, 60UL);
	const char *err;

	st.sent = NULL;
	if (st.rx_overflow) {
		fail("%s: more than %zu bytes of answer", s->send,
		     sizeof(st.rx));
	} else if (s->how == ST_BADSUM) {
		if (st.rx_len != 1 || st.rx[0] != '-')
			fail("%s with a bad checksum: \"%.*s\", not '-'",
			     s->send, shown, st.rx);
	} else if (s->how == ST_NAK) {
		if (st.rx_len != st.last_len ||
		    memcmp(st.rx, st.last, st.rx_len))
			fail("'-': \"%.*s\", not the last reply again", shown,
			     st.rx);
	} else if (!expand(want, sizeof(want), s->expect)) {
		return;
	} else if ((err = parse(acks, sizeof(acks), &packets))) {
		fail("%s: %s in \"%.*s\"", s->send, err, shown, st.rx);
	} else if (!packets) {
		fail("%s: no reply (expected \"%s\")", s->send, want);
	} else if (st.noack ? acks[0] != '\0' : strcmp(acks, "+") != 0) {
		fail("%s: acks \"%s\" in %s mode", s->send, acks,
		     st.noack ? "no-ack" : "ack");
	} else if (s->optional && !st.reply[0]) {
		skip_case();
	} else if (!glob(want, st.reply)) {
		fail("%s: got \"%.80s\", expected \"%s\"", s->send, st.reply,
		     want);
	} else if (s->output && !strstr(st.text, s->output)) {
		fail("%s: \"%s\" not in the output \"%.60s\"", s->send,
		     s->output, st.text);
	} else if (s->check && (err = s->check(s, st.reply))) {
		fail("%s: %s", s->send, err);
	} else if (!strcmp(s->send, "QStartNoAckMode")) {
		/* The debugger's side of the switch: no acks from now on. */
		st.noack = true;
	}
}

static void close_case(void)
{
	if (st.cur && st.cases[st.cur - 1].result == ST_RUNNING)
		st.cases[st.cur - 1].result = ST_PASS;
}

/* The stub waits for input: check its answer to the last packet, then
 * frame the next. False: hang up. */
static bool next_packet(void)
{
	const struct gdb_selftest_step *s;

	if (st.sent && !st.over)
		check_sent();
	st.rx_len = 0;
	st.rx_overflow = false;
	if (st.over)
		return false;
	while (st.pos < st.len && st.script[st.pos].name) {
		close_case();
		st.cases[st.cur++].result = ST_RUNNING;
		st.pos++;
	}
	if (st.pos == st.len) {
		fail("the stub stopped again after the end of the script");
		return false;
	}
	s = &st.script[st.pos];
	if (!frame(s))
		return false;
	st.sent = s;
	if (++st.rep >= MAX(s->repeat, 1U)) {
		st.rep = 0;
		st.pos++;
	}
	st.action = s->action;
	return true;
}

static int st_getc(void *ctx __unused)
{
	if (st.tx_pos == st.tx_len && !next_packet())
		return -1;
	return (uint8_t)st.tx[st.tx_pos++];
}

static void st_write(void *ctx __unused, const char *buf, size_t len)
{
	size_t room = sizeof(st.rx) - st.rx_len;

	if (len > room) {
		st.rx_overflow = true;
		len = room;
	}
	memcpy(st.rx + st.rx_len, buf, len);
	st.rx_len += len;
}

const struct uk_gdbstub_io gdb_selftest_io = {
	.getc = st_getc,
	.write = st_write,
};

unsigned int gdb_selftest_io_start(const struct gdb_selftest_step *script,
				   unsigned int len, gdb_selftest_var_fn var)
{
	memset(&st, 0, sizeof(st));
	st.script = script;
	st.len = len;
	st.var = var;
	for (unsigned int i = 0; i < len; i++) {
		if (!script[i].name)
			continue;
		if (st.ncases == ST_CASES_MAX)
			return 0;
		st.cases[st.ncases++].title = script[i].name;
	}
	return st.ncases;
}

void (*gdb_selftest_io_action(void))(void)
{
	void (*action)(void) = st.action;

	st.action = NULL;
	return action;
}

void gdb_selftest_io_fail(const char *why)
{
	if (!st.over)
		fail("%s", why);
}

void gdb_selftest_io_finish(void)
{
	const struct gdb_selftest_step *s = st.sent;

	if (s && !st.over)
		check_sent();
	if (!st.over && st.pos < st.len)
		fail("no stop came after %s", s ? s->send : "the start");
	close_case();
	st.over = true;
}

enum gdb_selftest_result
gdb_selftest_io_result(unsigned int i, const char **title, const char **why)
{
	const struct st_case *c = &st.cases[i];

	*title = c->title;
	*why = c->why[0] ? c->why : NULL;
	return c->result;
}
