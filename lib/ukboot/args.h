/* SPDX-License-Identifier: BSD-3-Clause */
/* Splitting the boot command line into main()'s argv. */
#ifndef UKBOOT_ARGS_H
#define UKBOOT_ARGS_H

/*
 * Split @cmdline (modified in place) into words separated by spaces and
 * tabs, after the first standalone "--" when there is one (what precedes it
 * is for the kernel). Store at most @max - 1 words in @argv from index 1 and
 * return the argument count including argv[0] (which the caller fills).
 */
int ukboot_split_args(char *cmdline, char **argv, int max);

#endif /* UKBOOT_ARGS_H */
