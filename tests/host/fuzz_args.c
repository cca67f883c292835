/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * libFuzzer target: any bytes as the boot command line. Beyond "no crash":
 * every argument lies inside the line, is non-empty, holds no separator,
 * and none is a kernel parameter unless the line has a "--"; a parameter
 * found has a value that fits its buffer and occurs in the line.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "args.h"

#define MAX_ARGS 8

/* Whether @s holds a standalone "--" word (the model, written apart). */
static bool has_separator(char *s)
{
	for (char *w = strtok(s, " \t\n"); w; w = strtok(NULL, " \t\n"))
		if (strcmp(w, "--") == 0)
			return true;
	return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *line = malloc(size + 1), *copy = malloc(size + 1);
	char *argv[MAX_ARGS];
	char value[8];
	bool separated;
	int argc;

	memcpy(line, data, size);
	line[size] = '\0';
	memcpy(copy, line, size + 1);

	if (uk_boot_find_param(copy, "uk.a", value, sizeof(value)) &&
	    (strlen(value) >= sizeof(value) || !strstr(copy, value)))
		abort();
	separated = has_separator(copy);
	argc = uk_boot_split_args(line, argv, MAX_ARGS);
	if (argc < 1 || argc > MAX_ARGS - 1 || argv[argc])
		abort();
	for (int i = 1; i < argc; i++) {
		if (argv[i] < line || argv[i] >= line + size || !*argv[i] ||
		    strpbrk(argv[i], " \t\n"))
			abort();
		if (!separated && strncmp(argv[i], "uk.", 3) == 0)
			abort();
	}
	free(line);
	free(copy);
	return 0;
}
