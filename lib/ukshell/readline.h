/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukshell: the line editor, a state machine fed one byte at a
 * time. It echoes through a callback and reports what each byte completed,
 * so the shell owns the I/O and the host tests can drive it with any byte
 * stream. Editing: printable ASCII appends, Backspace/DEL erases a
 * character, Ctrl-U the line, Ctrl-C drops it, Ctrl-D on an empty line
 * ends the input; CR, LF and CRLF each end a line; terminal escape
 * sequences (ESC [ ... final, ESC O x) and other control bytes are
 * swallowed.
 */
#ifndef UK_SHELL_READLINE_H
#define UK_SHELL_READLINE_H

#include <uk/essentials.h>

/* What a byte completed. */
enum uk_shell_rl_event {
	UK_SHELL_RL_NONE,    /* nothing yet */
	UK_SHELL_RL_LINE,    /* a line is in buf, NUL-terminated */
	UK_SHELL_RL_CANCEL,  /* Ctrl-C: line dropped, "^C" echoed */
	UK_SHELL_RL_EOF,     /* Ctrl-D on an empty line */
	UK_SHELL_RL_TOOLONG, /* a line longer than size - 1 ended; dropped */
};

typedef void (*uk_shell_echo_t)(void *ctx, const char *s, size_t n);

struct uk_shell_rl {
	char *buf;
	size_t size;   /* lines up to size - 1 characters fit */
	size_t len;    /* characters in buf (and on the screen) */
	size_t excess; /* characters typed past the end, not shown */
	int state;     /* escape sequence progress */
	bool after_cr; /* the last byte was CR: a LF now is no line */
	uk_shell_echo_t echo;
	void *ctx;
};

/* Start editing into @buf of @size (>= 2) bytes, echoing via @echo. */
void uk_shell_rl_init(struct uk_shell_rl *rl, char *buf, size_t size,
		      uk_shell_echo_t echo, void *ctx);

/*
 * Feed the byte @c; return the uk_shell_rl_event it caused. After
 * UK_SHELL_RL_LINE the line stays in buf until the next byte is fed.
 */
int uk_shell_rl_feed(struct uk_shell_rl *rl, unsigned char c);

#endif /* UK_SHELL_READLINE_H */
