/* SPDX-License-Identifier: BSD-3-Clause */
/* The boot command line: kernel parameters and main()'s argv. */
#ifndef UKBOOT_ARGS_H
#define UKBOOT_ARGS_H

#include <uk/essentials.h>

/*
 * Split @cmdline (modified in place) into words separated by spaces and
 * tabs, after the first standalone "--" when there is one (what precedes it
 * is for the kernel); without one, all words but kernel parameters
 * ("uk.*"). Store at most @max - 1 words in @argv from index 1 and
 * return the argument count including argv[0] (which the caller fills).
 */
int uk_boot_split_args(char *cmdline, char **argv, int max);

/* uk_boot_param() on @cmdline instead of the boot command line. */
bool uk_boot_find_param(const char *cmdline, const char *name, char *buf,
			size_t size);

#endif /* UKBOOT_ARGS_H */
