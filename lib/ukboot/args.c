/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Boot command line to argv. Deliberately simple (no quoting): the line
 * comes from run-qemu --append, and quoting rules differ between the
 * shells that built it.
 */
#include <uk/essentials.h>
#include "args.h"

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

static char *next_word(char **p)
{
	char *s = *p, *w;

	while (*s && is_space(*s))
		s++;
	if (!*s)
		return NULL;
	w = s;
	while (*s && !is_space(*s))
		s++;
	if (*s)
		*s++ = '\0';
	*p = s;
	return w;
}

/* Return the text after a standalone "--" word, or NULL when there is none. */
static char *after_separator(char *s)
{
	while (*s) {
		char *w;

		while (is_space(*s))
			s++;
		w = s;
		while (*s && !is_space(*s))
			s++;
		if (s - w == 2 && w[0] == '-' && w[1] == '-')
			return s;
	}
	return NULL;
}

int ukboot_split_args(char *cmdline, char **argv, int max)
{
	char *p = after_separator(cmdline), *w;
	int argc = 1;

	if (!p)
		p = cmdline;
	while (argc < max - 1 && (w = next_word(&p)))
		argv[argc++] = w;
	argv[argc] = NULL;
	return argc;
}
