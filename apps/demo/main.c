/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The demo application: greets, shows its arguments and a little of what
 * the libraries offer, starts its threads (threads.c, with uksched) and
 * hands the console to the shell. The guest's exit status is main()'s
 * return value.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <uk/print.h>
#include <uk/shell.h>
#include "demo.h"

int main(int argc, char *argv[])
{
	bool shell = true;

	printf("Hello from %s!\n", argv[0]);
	for (int i = 1; i < argc; i++) {
		printf("  argv[%d] = \"%s\"\n", i, argv[i]);
		if (!strcmp(argv[i], "noshell"))
			shell = false;
	}
	/* Applications may use floating point; the kernel never does. */
	printf("pi is about %.5f\n", 355.0 / 113.0);
	if (!shell)
		return 0;
	demo_threads_start();
	uk_pr_info("demo ready; type 'help' for the shell's commands\n");
	return uk_shell_run();
}
