/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukshell: splitting a command line into arguments, in place.
 * Arguments are separated by spaces and tabs; 'single quotes' keep
 * everything literally, "double quotes" allow \" and \\ inside, and a
 * backslash outside quotes makes the next character literal.
 */
#ifndef UK_SHELL_PARSE_H
#define UK_SHELL_PARSE_H

#include <uk/essentials.h>

#define UK_SHELL_PARSE_EQUOTE	(-1) /* a quote is not closed */
#define UK_SHELL_PARSE_ETOOMANY (-2) /* more than @max arguments */

/*
 * Split @line (modified) into at most @max arguments stored in @argv.
 * Return the argument count, or a negative UK_SHELL_PARSE_E* code.
 */
int uk_shell_parse(char *line, char *argv[], int max);

#endif /* UK_SHELL_PARSE_H */
