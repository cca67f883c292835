/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Stand-in for the generated autoconf.h when library files are built into
 * host tests: ukdebug on (so UK_CRASH is the external _uk_crash() that
 * host_stubs.c provides), asserts on, allocator counters on.
 */
#define CONFIG_LIBNOLIBC	       1
#define CONFIG_LIBUKALLOC	       1
#define CONFIG_LIBUKALLOC_STATS	       1
#define CONFIG_LIBUKDEBUG	       1
#define CONFIG_LIBUKDEBUG_PRINTK_LEVEL 3
#define CONFIG_LIBUKDEBUG_ASSERT       1
#define CONFIG_LIBUKSHELL	       1
#define UK_LIBNAME		       "hosttest"
