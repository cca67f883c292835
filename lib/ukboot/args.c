/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Boot command line to kernel parameters and main()'s argv. Deliberately
 * simple (no quoting): the line comes from run-qemu --append, and quoting
 * rules differ between the shells that built it.
 */
#include <string.h>
#include "args.h"

#define PARAM_PREFIX "uk."

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

static bool is_param(const char *w)
{
	return strncmp(w, PARAM_PREFIX, sizeof(PARAM_PREFIX) - 1) == 0;
}

int ukboot_split_args(char *cmdline, char **argv, int max)
{
	char *p = after_separator(cmdline), *w;
	bool skip_params = !p;
	int argc = 1;

	if (!p)
		p = cmdline;
	while (argc < max - 1 && (w = next_word(&p)))
		if (!skip_params || !is_param(w))
			argv[argc++] = w;
	argv[argc] = NULL;
	return argc;
}

bool ukboot_find_param(const char *cmdline, const char *name, char *buf, size_t size)
{
	size_t n = strlen(name);
	const char *s = cmdline;

	while (*s) {
		const char *w, *v;
		size_t len;

		while (is_space(*s))
			s++;
		w = s;
		while (*s && !is_space(*s))
			s++;
		if (s - w == 2 && w[0] == '-' && w[1] == '-')
			return false;
		if ((size_t)(s - w) < n || memcmp(w, name, n) != 0)
			continue;
		if (w + n == s)
			v = s;                 /* a bare "uk.name" */
		else if (w[n] == '=')
			v = w + n + 1;
		else
			continue;              /* a longer name */
		len = MIN((size_t)(s - v), size ? size - 1 : 0);
		if (size) {
			memcpy(buf, v, len);
			buf[len] = '\0';
		}
		return true;
	}
	return false;
}
