/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The shell's pure parts: the line editor fed byte streams as a terminal
 * or a pipe would send them (checking both the lines it delivers and the
 * exact echo), and the argument splitter against a table of quoting cases.
 */
#include <stdbool.h>
#include <string.h>
#include "check.h"
#include "parse.h"
#include "readline.h"

#define LINE_SIZE 256

static char echo_buf[8192];
static size_t echo_len;

static void echo_capture(void *ctx __attribute__((unused)), const char *s,
			 size_t n)
{
	if (echo_len + n < sizeof(echo_buf)) {
		memcpy(echo_buf + echo_len, s, n);
		echo_len += n;
		echo_buf[echo_len] = '\0';
	}
}

/* What feeding a byte string produced: events, lines, echo. */
struct outcome {
	char events[64]; /* one letter per event: L C E T */
	char lines[8][LINE_SIZE];
	int nlines;
};

static void feed(const char *in, size_t n, struct outcome *o)
{
	static char buf[LINE_SIZE];
	struct uk_shell_rl rl;

	memset(o, 0, sizeof(*o));
	echo_len = 0;
	echo_buf[0] = '\0';
	uk_shell_rl_init(&rl, buf, sizeof(buf), echo_capture, NULL);
	for (size_t i = 0; i < n; i++) {
		int ev = uk_shell_rl_feed(&rl, (unsigned char)in[i]);
		size_t k = strlen(o->events);

		switch (ev) {
		case UK_SHELL_RL_LINE:
			o->events[k] = 'L';
			if (o->nlines < 8)
				strcpy(o->lines[o->nlines++], buf);
			break;
		case UK_SHELL_RL_CANCEL:
			o->events[k] = 'C';
			break;
		case UK_SHELL_RL_EOF:
			o->events[k] = 'E';
			break;
		case UK_SHELL_RL_TOOLONG:
			o->events[k] = 'T';
			break;
		default:
			break;
		}
	}
}

/* Feed a C string literal (which may hold NULs via sizeof). */
#define FEED(lit, o) feed(lit, sizeof(lit) - 1, o)

static void test_readline(void)
{
	struct outcome o;

	FEED("help\r", &o);
	CHECK(!strcmp(o.events, "L") && !strcmp(o.lines[0], "help") &&
		  !strcmp(echo_buf, "help\n"),
	      "CR: %s \"%s\" echo \"%s\"", o.events, o.lines[0], echo_buf);

	FEED("a\r\nb\nc\r", &o);
	CHECK(!strcmp(o.events, "LLL") && !strcmp(o.lines[0], "a") &&
		  !strcmp(o.lines[1], "b") && !strcmp(o.lines[2], "c"),
	      "CRLF counts once: %s", o.events);

	FEED("\r\r\n\n", &o);
	CHECK(!strcmp(o.events, "LLL") && !o.lines[0][0] && !o.lines[2][0],
	      "empty lines: %s", o.events);

	FEED("ab\x7f"
	     "c\b"
	     "d\n",
	     &o);
	CHECK(!strcmp(o.lines[0], "ad") &&
		  !strcmp(echo_buf, "ab\b \bc\b \bd\n"),
	      "backspace: \"%s\" echo \"%s\"", o.lines[0], echo_buf);

	FEED("\x7f\x7fx\n", &o);
	CHECK(!strcmp(o.lines[0], "x") && !strcmp(echo_buf, "x\n"),
	      "backspace on empty line does nothing: echo \"%s\"", echo_buf);

	FEED("abc\x15xy\n", &o);
	CHECK(!strcmp(o.lines[0], "xy") &&
		  !strcmp(echo_buf, "abc\b \b\b \b\b \bxy\n"),
	      "Ctrl-U: \"%s\" echo \"%s\"", o.lines[0], echo_buf);

	FEED("abc\x03ok\n", &o);
	CHECK(!strcmp(o.events, "CL") && !strcmp(o.lines[0], "ok") &&
		  !strcmp(echo_buf, "abc^C\nok\n"),
	      "Ctrl-C: %s echo \"%s\"", o.events, echo_buf);

	FEED("\x04", &o);
	CHECK(!strcmp(o.events, "E") && echo_len == 0, "Ctrl-D on empty line");

	FEED("ab\x04"
	     "c\n\x04",
	     &o);
	CHECK(!strcmp(o.events, "LE") && !strcmp(o.lines[0], "abc"),
	      "Ctrl-D inside a line is ignored: %s", o.events);

	/* Arrow keys, F1 (SS3), Ctrl+Right with parameters, Alt+x. */
	FEED("l\x1b[As\x1bOP\x1b[1;5C\x1bx\x1b[200~\n", &o);
	CHECK(!strcmp(o.lines[0], "ls") && !strcmp(echo_buf, "ls\n"),
	      "escape sequences swallowed: \"%s\" echo \"%s\"", o.lines[0],
	      echo_buf);

	/* A sequence cut short by Enter still ends the line. */
	FEED("ab\x1b[\r", &o);
	CHECK(!strcmp(o.events, "L") && !strcmp(o.lines[0], "ab"),
	      "broken escape: %s", o.events);
	FEED("ab\x1b\r", &o);
	CHECK(!strcmp(o.events, "L") && !strcmp(o.lines[0], "ab"),
	      "lone ESC then CR: %s", o.events);

	FEED("a\x01\x02\tb\x80\xffz\x00\n", &o);
	CHECK(!strcmp(o.lines[0], "abz") && !strcmp(echo_buf, "abz\n"),
	      "control and high bytes ignored: \"%s\"", o.lines[0]);
}

static void test_readline_long(void)
{
	char in[600];
	struct outcome o;
	size_t n;

	/* Exactly the maximum (255) fits. */
	memset(in, 'x', 255);
	in[255] = '\n';
	feed(in, 256, &o);
	CHECK(!strcmp(o.events, "L") && strlen(o.lines[0]) == 255,
	      "255 characters: %s", o.events);

	/* 300 characters: swallowed, reported, nothing delivered. */
	memset(in, 'y', 300);
	in[300] = '\r';
	memcpy(in + 301, "ok\r", 3);
	feed(in, 304, &o);
	CHECK(!strcmp(o.events, "TL") && !strcmp(o.lines[0], "ok"),
	      "too long, then a normal line: %s", o.events);
	n = strspn(echo_buf, "y");
	CHECK(n == 255 && !strcmp(echo_buf + n, "\nok\n"),
	      "only what fits is echoed: %zu", n);

	/* Erasing the excess makes the line acceptable again. */
	memset(in, 'z', 257);
	in[257] = 0x7f;
	in[258] = 0x7f;
	in[259] = '\n';
	feed(in, 260, &o);
	CHECK(!strcmp(o.events, "L") && strlen(o.lines[0]) == 255,
	      "backspace over the excess: %s", o.events);

	/* Ctrl-C drops an overlong line without an error. */
	memset(in, 'w', 400);
	in[400] = 0x03;
	in[401] = '\n';
	feed(in, 402, &o);
	CHECK(!strcmp(o.events, "CL") && !o.lines[0][0], "Ctrl-C in excess: %s",
	      o.events);
}

struct parse_case {
	const char *line;
	int argc; /* or a UK_SHELL_PARSE_E* code */
	const char *argv[5];
};

static const struct parse_case parse_cases[] = {
	{ "", 0, { NULL } },
	{ "   \t ", 0, { NULL } },
	{ "help", 1, { "help" } },
	{ "  echo  a\tb   c  ", 4, { "echo", "a", "b", "c" } },
	{ "echo 'a b'  c", 3, { "echo", "a b", "c" } },
	{ "echo \"a 'b' c\"", 2, { "echo", "a 'b' c" } },
	{ "echo 'a \"b\" c'", 2, { "echo", "a \"b\" c" } },
	{ "x \"say \\\"hi\\\"\"", 2, { "x", "say \"hi\"" } },
	{ "x \"back\\\\slash\"", 2, { "x", "back\\slash" } },
	{ "x \"a\\b\"", 2, { "x", "a\\b" } },
	{ "x 'a\\b'", 2, { "x", "a\\b" } },
	{ "x a\\ b", 2, { "x", "a b" } },
	{ "x \\'q", 2, { "x", "'q" } },
	{ "x ''", 2, { "x", "" } },
	{ "x \"\" y", 3, { "x", "", "y" } },
	{ "x a''b\"\"c", 2, { "x", "abc" } },
	{ "x pre'mid dle'post", 2, { "x", "premid dlepost" } },
	{ "x trailing\\", 2, { "x", "trailing\\" } },
	{ "x 'open", UK_SHELL_PARSE_EQUOTE, { NULL } },
	{ "x \"open", UK_SHELL_PARSE_EQUOTE, { NULL } },
	{ "x \"esc\\\"", UK_SHELL_PARSE_EQUOTE, { NULL } },
	{ "a b c d", 4, { "a", "b", "c", "d" } },
	{ "a b c d e", UK_SHELL_PARSE_ETOOMANY, { NULL } },
	{ "a b c d   ", 4, { "a", "b", "c", "d" } },
};

static void test_parse(void)
{
	for (size_t i = 0; i < ARRAY_LEN(parse_cases); i++) {
		const struct parse_case *c = &parse_cases[i];
		char line[128], *argv[4];
		int argc;
		bool same = true;

		strcpy(line, c->line);
		argc = uk_shell_parse(line, argv, 4);
		for (int k = 0; k < argc && k < c->argc; k++)
			same = same && !strcmp(argv[k], c->argv[k]);
		CHECK(argc == c->argc && same,
		      "parse \"%s\": argc %d (want %d)%s", c->line, argc,
		      c->argc, same ? "" : ", arguments differ");
	}
}

int main(void)
{
	test_readline();
	test_readline_long();
	test_parse();
	return check_summary("test_shell");
}
