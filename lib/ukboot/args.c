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

/* The next word at or after *@p: its start (NULL at the end of the line),
 * its length in *@len; *@p moves past it. */
static const char *word_span(const char **p, size_t *len)
{
	const char *s = *p, *w;

	while (is_space(*s))
		s++;
	if (!*s)
		return NULL;
	w = s;
	while (*s && !is_space(*s))
		s++;
	*len = (size_t)(s - w);
	*p = s;
	return w;
}

static bool is_separator(const char *w, size_t len)
{
	return len == 2 && w[0] == '-' && w[1] == '-';
}

/* The next word of @*p, NUL-terminated in place, or NULL at the end. */
static char *next_word(char **p)
{
	const char *s = *p;
	size_t len;
	char *w = (char *)word_span(&s, &len);

	if (!w)
		return NULL;
	*p = w + len;
	if (**p)
		*(*p)++ = '\0';
	return w;
}

/* Return the text after a standalone "--" word, or NULL when there is none. */
static char *after_separator(char *s)
{
	const char *p = s, *w;
	size_t len;

	while ((w = word_span(&p, &len)))
		if (is_separator(w, len))
			return s + (p - s);
	return NULL;
}

static bool is_param(const char *w)
{
	return strncmp(w, PARAM_PREFIX, sizeof(PARAM_PREFIX) - 1) == 0;
}

int uk_boot_split_args(char *cmdline, char **argv, int max)
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

bool uk_boot_find_param(const char *cmdline, const char *name, char *buf,
			size_t size)
{
	size_t n = strlen(name), len;
	const char *p = cmdline, *w, *v;

	while ((w = word_span(&p, &len)) && !is_separator(w, len)) {
		if (len < n || memcmp(w, name, n) != 0)
			continue;
		if (len == n)
			v = w + len; /* a bare "uk.name" */
		else if (w[n] == '=')
			v = w + n + 1;
		else
			continue; /* a longer name */
		if (size) {
			len = MIN((size_t)(w + len - v), size - 1);
			memcpy(buf, v, len);
			buf[len] = '\0';
		}
		return true;
	}
	return false;
}
