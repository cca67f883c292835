/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * libFuzzer target: bytes into the shell's line editor, lines into the
 * splitter. Beyond "no crash", the echo must always draw exactly what the
 * editor holds: a model screen replays the echo ('\b' moves back, "\n"
 * starts a new line) and is compared with the buffer after every byte.
 * Split arguments must lie inside the line and be terminated.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "parse.h"
#include "readline.h"

#define LINE_SIZE 64 /* small, so overflow paths run often */
#define MAX_ARGS  6

struct screen {
	char text[LINE_SIZE * 2];
	size_t len;
};

static void screen_echo(void *ctx, const char *s, size_t n)
{
	struct screen *sc = ctx;

	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\n') {
			sc->len = 0;
		} else if (s[i] == '\b') {
			if (sc->len == 0)
				abort(); /* erased past the prompt */
			sc->len--;
		} else {
			if (sc->len == sizeof(sc->text))
				abort();
			sc->text[sc->len++] = s[i];
		}
	}
}

static void check_split(const char *line)
{
	char copy[LINE_SIZE], *argv[MAX_ARGS];
	size_t len = strlen(line);
	int argc;

	memcpy(copy, line, len + 1);
	argc = uk_shell_parse(copy, argv, MAX_ARGS);
	if (argc < UK_SHELL_PARSE_ETOOMANY || argc > MAX_ARGS)
		abort();
	for (int i = 0; i < argc; i++) {
		if (argv[i] < copy || argv[i] > copy + len)
			abort();
		if (strlen(argv[i]) > (size_t)(copy + len - argv[i]))
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char buf[LINE_SIZE];
	struct screen sc = { .len = 0 };
	struct uk_shell_rl rl;

	uk_shell_rl_init(&rl, buf, sizeof(buf), screen_echo, &sc);
	for (size_t i = 0; i < size; i++) {
		int ev = uk_shell_rl_feed(&rl, data[i]);

		if (ev == UK_SHELL_RL_LINE) {
			size_t len = strnlen(buf, sizeof(buf));

			if (len >= sizeof(buf))
				abort();
			for (size_t k = 0; k < len; k++)
				if (buf[k] < 0x20 || buf[k] > 0x7e)
					abort(); /* only printable ASCII */
			check_split(buf);
		}
		/* The screen shows exactly the line being edited. */
		if (ev == UK_SHELL_RL_NONE &&
		    (sc.len != rl.len || memcmp(sc.text, buf, rl.len) != 0))
			abort();
		if (rl.len >= sizeof(buf))
			abort();
		/* "^C" is echoed and then a new line starts. */
		if (ev != UK_SHELL_RL_NONE && sc.len != 0)
			abort();
	}
	return 0;
}
