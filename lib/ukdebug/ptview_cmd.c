/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Shell command `pt <address> | pt map`: the page table walk of one
 * address, or every mapped range (<uk/ptview.h>).
 */
#include <stdio.h>
#include <uk/ptview.h>
#include <uk/shell.h>

static void shell_out(void *arg __unused, const char *line)
{
	printf("%s\n", line);
}

static int cmd_pt(int argc, char *argv[])
{
	return uk_pt_command(argc, argv, shell_out, NULL);
}

UK_SHELL_CMD(pt, cmd_pt, "<addr>|map",
	     "walk the page tables for an address, or list the mappings");
