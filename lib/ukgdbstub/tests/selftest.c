/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Running the stub's self-test: lend the stub the scripted transport, stop
 * in it, carry out between stops what the script asks C to do, give the
 * stub back to the debug channel, and print a line per case and a
 * summary. Runs from the boot command line (uk.gdbstub_selftest=1, after
 * the libraries are up, before main()) and from the shell.
 */
#include <stdio.h>
#include <string.h>
#include <uk/boot.h>
#include <uk/init.h>
#include "../glue/glue.h"
#include "selftest.h"

static const char *const result_names[] = {
	[ST_NOT_RUN] = "--  ", [ST_RUNNING] = "??  ", [ST_PASS] = "ok  ",
	[ST_SKIP] = "skip",    [ST_FAIL] = "FAIL",
};

/* Print the cases from *@next on that are decided (@all: all of them). */
static void report_cases(unsigned int *next, unsigned int n, bool all)
{
	for (; *next < n; (*next)++) {
		const char *title, *why;
		enum gdb_selftest_result r =
		    gdb_selftest_io_result(*next, &title, &why);

		if (!all && (r == ST_NOT_RUN || r == ST_RUNNING))
			break;
		printf("  %s %2u %s%s%s\n", result_names[r], *next + 1, title,
		       why ? ": " : "", why ? why : "");
	}
}

/* The summary line; return 0 when nothing failed. */
static int summary(unsigned int n)
{
	unsigned int count[ARRAY_SIZE(result_names)] = { 0 }, failed = 0;
	const char *title, *why;

	for (unsigned int i = 0; i < n; i++) {
		enum gdb_selftest_result r =
		    gdb_selftest_io_result(i, &title, &why);

		if (r == ST_FAIL && !count[ST_FAIL])
			failed = i;
		count[r]++;
	}
	if (count[ST_PASS] + count[ST_SKIP] == n) {
		printf("gdbstub selftest: %u/%u passed", count[ST_PASS], n);
		if (count[ST_SKIP])
			printf(", %u skipped", count[ST_SKIP]);
		printf("\n");
		return 0;
	}
	gdb_selftest_io_result(failed, &title, &why);
	printf("gdbstub selftest: FAILED %u/%u passed, %u skipped, %u not run; "
	       "failed: %u %s\n",
	       count[ST_PASS], n, count[ST_SKIP], count[ST_NOT_RUN], failed + 1,
	       title);
	return -1;
}

int gdb_selftest_run(void)
{
	unsigned int n, printed = 0;
	void (*action)(void);

	/* Its session would be lost: the stub has one. */
	if (gdb_glue.attached) {
		printf("gdbstub selftest: FAILED: a debugger is attached, "
		       "detach it first\n");
		return -1;
	}
	gdb_selftest_prepare();
	n = gdb_selftest_io_start(gdb_selftest_script, gdb_selftest_script_len,
				  gdb_selftest_var);
	if (!n || gdb_glue_set_io(&gdb_selftest_io) < 0) {
		printf("gdbstub selftest: FAILED: cannot set up the stub\n");
		gdb_glue_set_io(NULL);
		return -1;
	}
	printf("gdbstub selftest: %u cases\n", n);
	uk_gdbstub_break();
	while ((action = gdb_selftest_io_action())) {
		report_cases(&printed, n, false);
		action();
	}
	gdb_selftest_io_finish();
	gdb_glue_set_io(NULL);
	report_cases(&printed, n, true);
	return summary(n);
}

static int gdb_selftest_boot(void)
{
	char v[4];

	if (!uk_boot_param("uk.gdbstub_selftest", v, sizeof(v)) ||
	    strcmp(v, "0") == 0)
		return 0;
	return gdb_selftest_run();
}
UK_INIT(gdb_selftest_boot, UK_INIT_LEVEL_LATE);
