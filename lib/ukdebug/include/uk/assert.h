/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Assertions and deliberate crashes. A failed UK_ASSERT/UK_BUGON and every
 * UK_CRASH print the condition or message with file, line and function and
 * halt the guest with UKPLAT_STATUS_CRASH. With CONFIG_LIBUKDEBUG_ASSERT off,
 * UK_ASSERT and UK_BUGON compile to nothing (the condition is not evaluated);
 * UK_CRASH always stops the guest.
 */
#ifndef UK_ASSERT_H
#define UK_ASSERT_H

#include <uk/essentials.h>

#if CONFIG_LIBUKDEBUG
/*
 * Print the crash report for @fmt (a printf format with the following
 * arguments) at @file:@line in @func and stop the guest.
 */
__noreturn void _uk_crash(const char *file, int line, const char *func,
			  const char *fmt, ...) __printf(4, 5);
#else
#include <stdio.h>
#include <stdarg.h>
#include <uk/plat/shutdown.h>

static inline __noreturn __printf(4, 5) void _uk_crash(const char *file,
						       int line,
						       const char *func,
						       const char *fmt, ...)
{
	va_list ap;

	printf("CRIT: crash at %s:%d in %s: ", file, line, func);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	ukplat_halt(UKPLAT_STATUS_CRASH);
}
#endif

#define UK_CRASH(fmt, ...)                                                     \
	_uk_crash(__FILE__, __LINE__, __func__, fmt, ##__VA_ARGS__)

#if CONFIG_LIBUKDEBUG_ASSERT
#define UK_ASSERT(cond)                                                        \
	do {                                                                   \
		if (unlikely(!(cond)))                                         \
			_uk_crash(__FILE__, __LINE__, __func__,                \
				  "Assertion failed: %s", #cond);              \
	} while (0)
#define UK_BUGON(cond)                                                         \
	do {                                                                   \
		if (unlikely(cond))                                            \
			_uk_crash(__FILE__, __LINE__, __func__, "BUG: %s",     \
				  #cond);                                      \
	} while (0)
#else
/*
 * sizeof keeps the condition type-checked
 * and its variables used, unevaluated.
 */
#define UK_ASSERT(cond)                                                        \
	do {                                                                   \
		(void)sizeof(!(cond));                                         \
	} while (0)
#define UK_BUGON(cond)                                                         \
	do {                                                                   \
		(void)sizeof(!(cond));                                         \
	} while (0)
#endif

#endif /* UK_ASSERT_H */
