/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Link-time init table. UK_INIT(fn, level) places a pointer to @fn in
 * section .uk_inittab.<level>; ukboot calls them in level order (and link
 * order within a level) after the allocator is up and before main().
 */
#ifndef UK_INIT_H
#define UK_INIT_H

#include <uk/essentials.h>

typedef int (*uk_init_fn_t)(void);

#define UK_INIT_LEVEL_EARLY 1 /* no allocator users yet: counters, tables */
#define UK_INIT_LEVEL_LIB   3 /* libraries */
#define UK_INIT_LEVEL_LATE  5 /* things that want every library ready */

/*
 * Register @fn to run at boot at @level (1..9). A negative return value is
 * reported on the console; boot goes on.
 */
#define UK_INIT(fn, level)                                                     \
	static const uk_init_fn_t UK_CONCAT(__uk_init_, fn)                    \
	__used __section(".uk_inittab." STRINGIFY(level)) = (fn)

#endif /* UK_INIT_H */
