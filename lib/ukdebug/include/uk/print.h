/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Kernel messages: uk_pr_crit/err/warn/info/debug print one line
 *
 *   [    0.012345] Info: [libukalloc] <alloc.c @ 120> heap ready: 63 MiB
 *
 * with a timestamp, the level, the library and (Kconfig) file and line.
 * Levels below CONFIG_LIBUKDEBUG_PRINTK_LEVEL are compiled out; the rest are
 * filtered at run time by uk_log_level (shell: `log level N`). With ukdebug
 * disabled every call compiles to nothing.
 */
#ifndef UK_PRINT_H
#define UK_PRINT_H

#include <uk/essentials.h>
#include <stdarg.h>

#define UK_LOG_CRIT  0
#define UK_LOG_ERR   1
#define UK_LOG_WARN  2
#define UK_LOG_INFO  3
#define UK_LOG_DEBUG 4

#ifndef UK_LIBNAME
#define UK_LIBNAME "unknown"
#endif

#if CONFIG_LIBUKDEBUG
/* Current run-time threshold: messages above it are dropped. */
extern int uk_log_level;

/* Print one message line; use the uk_pr_* macros instead. */
void _uk_printk(int level, const char *lib, const char *file, int line,
		const char *fmt, ...) __printf(5, 6);
/* va_list variant of _uk_printk. */
void _uk_vprintk(int level, const char *lib, const char *file, int line,
		 const char *fmt, va_list ap);

/* Return the number of messages printed so far at @level. */
unsigned long uk_log_count(int level);

#define UK_PRINTK_LEVEL CONFIG_LIBUKDEBUG_PRINTK_LEVEL
#define uk_printk(lvl, fmt, ...)                                               \
	do {                                                                   \
		if ((lvl) <= UK_PRINTK_LEVEL)                                  \
			_uk_printk((lvl), UK_LIBNAME, __FILE__, __LINE__,      \
				   (fmt), ##__VA_ARGS__);                      \
	} while (0)
#else
static inline __printf(2, 3) void uk_printk_nop(int lvl __unused,
						const char *fmt __unused, ...)
{
}
#define uk_printk(lvl, fmt, ...) uk_printk_nop((lvl), (fmt), ##__VA_ARGS__)
#endif

#define uk_pr_crit(fmt, ...)  uk_printk(UK_LOG_CRIT, fmt, ##__VA_ARGS__)
#define uk_pr_err(fmt, ...)   uk_printk(UK_LOG_ERR, fmt, ##__VA_ARGS__)
#define uk_pr_warn(fmt, ...)  uk_printk(UK_LOG_WARN, fmt, ##__VA_ARGS__)
#define uk_pr_info(fmt, ...)  uk_printk(UK_LOG_INFO, fmt, ##__VA_ARGS__)
#define uk_pr_debug(fmt, ...) uk_printk(UK_LOG_DEBUG, fmt, ##__VA_ARGS__)

#endif /* UK_PRINT_H */
