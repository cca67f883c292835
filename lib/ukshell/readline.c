/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The line editor (see readline.h). Terminals send cursor and function
 * keys as escape sequences; they are parsed only far enough to be dropped
 * whole, so an arrow key never leaves "[A" in a command. A line that
 * overflows the buffer is not cut and run: the rest is counted, not
 * stored, and the whole line is rejected when it ends.
 */
#include "readline.h"

#define CTRL(c) ((c)&0x1f)
#define DEL	0x7f
#define ESC	0x1b

enum { ST_NORMAL, ST_ESC, ST_CSI, ST_SS3 };

void uk_shell_rl_init(struct uk_shell_rl *rl, char *buf, size_t size,
		      uk_shell_echo_t echo, void *ctx)
{
	rl->buf = buf;
	rl->size = size;
	rl->len = 0;
	rl->excess = 0;
	rl->state = ST_NORMAL;
	rl->after_cr = false;
	rl->echo = echo;
	rl->ctx = ctx;
	buf[0] = '\0';
}

static bool is_control(unsigned char c)
{
	return c < 0x20 || c == DEL;
}

static int end_line(struct uk_shell_rl *rl)
{
	bool too_long = rl->excess != 0;

	rl->echo(rl->ctx, "\n", 1);
	rl->buf[too_long ? 0 : rl->len] = '\0';
	rl->len = 0;
	rl->excess = 0;
	return too_long ? UK_SHELL_RL_TOOLONG : UK_SHELL_RL_LINE;
}

static void erase_chars(struct uk_shell_rl *rl, size_t n)
{
	for (; n; n--)
		rl->echo(rl->ctx, "\b \b", 3);
}

/*
 * Advance the escape sequence parser. Return true when @c was part of a
 * sequence, false when it must be handled as an ordinary byte (it ended a
 * malformed sequence, or none was in progress).
 */
static bool in_escape(struct uk_shell_rl *rl, unsigned char c)
{
	switch (rl->state) {
	case ST_ESC:
		rl->state = ST_NORMAL;
		if (c == '[')
			rl->state = ST_CSI;
		else if (c == 'O')
			rl->state = ST_SS3;
		/* ESC + printable is Alt+key: drop both. */
		return c == '[' || c == 'O' || !is_control(c);
	case ST_CSI:
		/* Parameter and intermediate bytes, then one final byte. */
		if (c >= 0x20 && c <= 0x3f)
			return true;
		rl->state = ST_NORMAL;
		return c >= 0x40 && c <= 0x7e;
	case ST_SS3:
		rl->state = ST_NORMAL;
		return !is_control(c);
	default:
		return false;
	}
}

int uk_shell_rl_feed(struct uk_shell_rl *rl, unsigned char c)
{
	bool after_cr = rl->after_cr;

	rl->after_cr = false;
	if (in_escape(rl, c))
		return UK_SHELL_RL_NONE;

	switch (c) {
	case '\r':
		rl->after_cr = true;
		return end_line(rl);
	case '\n':
		/* The LF of a CRLF: the CR already ended the line. */
		return after_cr ? UK_SHELL_RL_NONE : end_line(rl);
	case DEL:
	case '\b':
		if (rl->excess) {
			rl->excess--;
		} else if (rl->len) {
			rl->len--;
			erase_chars(rl, 1);
		}
		return UK_SHELL_RL_NONE;
	case CTRL('U'):
		erase_chars(rl, rl->len);
		rl->len = 0;
		rl->excess = 0;
		return UK_SHELL_RL_NONE;
	case CTRL('C'):
		rl->echo(rl->ctx, "^C\n", 3);
		rl->len = 0;
		rl->excess = 0;
		return UK_SHELL_RL_CANCEL;
	case CTRL('D'):
		/*
		 * Only an empty line means "end of input"; otherwise ignored.
		 */
		if (rl->len || rl->excess)
			return UK_SHELL_RL_NONE;
		return UK_SHELL_RL_EOF;
	case ESC:
		rl->state = ST_ESC;
		return UK_SHELL_RL_NONE;
	default:
		break;
	}
	if (is_control(c) || c > 0x7e)
		return UK_SHELL_RL_NONE;

	if (rl->len + 1 < rl->size) {
		rl->buf[rl->len++] = (char)c;
		rl->echo(rl->ctx, (const char *)&c, 1);
	} else {
		rl->excess++;
	}
	return UK_SHELL_RL_NONE;
}
