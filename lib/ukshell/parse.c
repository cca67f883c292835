/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The argument splitter (see parse.h). It rewrites the line in place: a
 * write cursor trails the read cursor, which is never behind it because
 * quotes and backslashes only ever shrink the text, and each argument gets
 * its terminator where the write cursor stands when the argument ends.
 */
#include "parse.h"

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

int uk_shell_parse(char *line, char *argv[], int max)
{
	char *r = line, *w = line;
	int argc = 0;

	for (;;) {
		char quote = 0;

		while (is_blank(*r))
			r++;
		if (!*r)
			return argc;
		if (argc == max)
			return UK_SHELL_PARSE_ETOOMANY;
		argv[argc++] = w;

		for (; *r; r++) {
			if (quote == '\'') {
				if (*r == '\'')
					quote = 0;
				else
					*w++ = *r;
			} else if (quote == '"') {
				if (*r == '"')
					quote = 0;
				else if (*r == '\\' &&
					 (r[1] == '"' || r[1] == '\\'))
					*w++ = *++r;
				else
					*w++ = *r;
			} else if (is_blank(*r)) {
				break;
			} else if (*r == '\'' || *r == '"') {
				quote = *r;
			} else if (*r == '\\' && r[1]) {
				*w++ = *++r;
			} else {
				*w++ = *r; /* a trailing backslash stays */
			}
		}
		if (quote)
			return UK_SHELL_PARSE_EQUOTE;
		/*
		 * Step over the separator before the terminator may cover it.
		 */
		if (*r)
			r++;
		*w++ = '\0';
	}
}
