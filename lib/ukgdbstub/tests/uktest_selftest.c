/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Suite gdbstub: the stub's self-test as a uktest case. The scripted
 * debugger plays its whole script in one session (its cases build on each
 * other's stops), printing its own line per scripted case; each scripted
 * case that failed becomes a diagnostic of this case, with its reason.
 */
#include <uk/test.h>
#include "selftest.h"

static unsigned int scripted_cases(void)
{
	unsigned int n = 0;

	for (unsigned int i = 0; i < gdb_selftest_script_len; i++)
		n += gdb_selftest_script[i].name != NULL;
	return n;
}

UK_TESTCASE(gdbstub, scripted_debugger)
{
	int rc = gdb_selftest_run();
	unsigned int n = scripted_cases();

	for (unsigned int i = 0; i < n; i++) {
		const char *title, *why;

		if (gdb_selftest_io_result(i, &title, &why) == ST_FAIL)
			uk_test_diag("scripted case %u (%s) failed: %s", i + 1,
				     title, why ? why : "");
	}
	UK_TEST_EXPECT_ZERO(rc);
}

uk_testsuite_register(gdbstub, NULL);
