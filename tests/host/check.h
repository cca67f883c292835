/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The host tests' whole framework: CHECK(cond, fmt, ...) counts a pass or
 * prints the failure with its location, and check_summary() prints
 * "<name>: N passed, N failed" and gives the exit status.
 */
#ifndef CHECK_H
#define CHECK_H

#include <stdio.h>

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

static int check_passed, check_failed;

#define CHECK(cond, ...)                                                       \
	do {                                                                   \
		if (cond) {                                                    \
			check_passed++;                                        \
		} else {                                                       \
			check_failed++;                                        \
			fprintf(stderr, "%s:%d: FAIL (%s): ", __FILE__,        \
				__LINE__, #cond);                              \
			fprintf(stderr, __VA_ARGS__);                          \
			fputc('\n', stderr);                                   \
		}                                                              \
	} while (0)

static inline int check_summary(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
	return check_failed ? 1 : 0;
}

#endif /* CHECK_H */
