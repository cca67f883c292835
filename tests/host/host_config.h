/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Stand-in for the generated autoconf.h when library files are built into
 * host tests: asserts on, allocator counters on, ukdebug's printing off
 * (so uk_pr_* compile to nothing and need no console).
 */
#define CONFIG_LIBNOLIBC 1
#define CONFIG_LIBUKALLOC 1
#define CONFIG_LIBUKALLOC_STATS 1
#define CONFIG_LIBUKDEBUG_ASSERT 1
#define CONFIG_LIBUKSHELL 1
#define UK_LIBNAME "hosttest"
