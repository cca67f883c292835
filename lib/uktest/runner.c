/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The runner: walks the suite and case tables, runs what the glob selects
 * and prints KTAP version 1, one subtest per suite:
 *
 *   KTAP version 1
 *   1..2
 *       KTAP version 1
 *       # Subtest: suite
 *       1..3
 *       ok 1 first
 *       # second: EXPECTATION FAILED at lib/foo/tests/x.c:12
 *       not ok 2 second
 *       ok 3 third # SKIP why
 *   not ok 1 suite
 *   ...
 *   # Totals: pass:2 fail:1 skip:1
 *
 * A case ends by returning, by uk_test_skip(), or, resumed here through
 * uktest_arch_resume(), by a crash or the watchdog.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <uk/assert.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/time.h>
#include "uktest_internal.h"

#define INDENT "    "

extern const struct uk_testsuite uk_testsuites_start[], uk_testsuites_end[];
extern const struct uk_testcase uk_testcases_start[], uk_testcases_end[];

struct uktest_case_state uktest_cur;
struct uktest_totals uktest_totals;

static bool selected(const struct uk_testcase *tc, const char *glob)
{
	char full[128];

	if (!glob || !*glob)
		return true;
	if (!strchr(glob, '.'))
		return uktest_glob(glob, tc->suite->name);
	snprintf(full, sizeof(full), "%s.%s", tc->suite->name, tc->name);
	return uktest_glob(glob, full);
}

static int count_cases(const struct uk_testsuite *s, const char *glob)
{
	int n = 0;

	for (const struct uk_testcase *tc = uk_testcases_start;
	     tc < uk_testcases_end; tc++)
		n += tc->suite == s && selected(tc, glob);
	return n;
}

void uktest_diag(const char *fmt, ...)
{
	char line[200];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	printf(INDENT "# %s\n", line);
}

void uk_test_diag(const char *fmt, ...)
{
	char line[160];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	uktest_diag("%s: %s", uktest_cur.tc ? uktest_cur.tc->name : "-", line);
}

void uk_test_expect_crash(const char *what)
{
	uktest_cur.expect_crash = what;
}

void uk_test_skip(const char *reason, ...)
{
	va_list ap;

	if (!uktest_cur.tc)
		UK_CRASH("uk_test_skip() outside a test case");
	va_start(ap, reason);
	vsnprintf(uktest_cur.reason, sizeof(uktest_cur.reason), reason, ap);
	va_end(ap);
	uktest_case_abort(UKTEST_END_SKIPPED);
}

void uktest_case_abort(enum uktest_end end)
{
	uktest_watchdog_disarm();
	uktest_cur.end = end;
	uktest_arch_resume(&uktest_cur.jmp);
}

enum result { PASS, FAIL, SKIP };

/* Run @tc; set *@dir to its result line's directive ("" for none). */
static enum result run_case(const struct uk_testcase *tc, const char **dir)
{
	struct uktest_case_state *c = &uktest_cur;
	bool expected;

	memset(c, 0, sizeof(*c));
	c->thread = uktest_thread_self();
	c->irq_flags = ukarch_irq_save();
	ukarch_irq_restore(c->irq_flags);
	if (!uktest_arch_save(&c->jmp)) {
		c->tc = tc;
		uktest_watchdog_arm(ukplat_monotonic_ns() +
				    CONFIG_LIBUKTEST_TIMEOUT_S * 1000000000ULL);
		tc->fn();
		uktest_watchdog_disarm();
	}
	c->tc = NULL;
	ukarch_irq_restore(c->irq_flags);
	*dir = "";
	switch (c->end) {
	case UKTEST_END_SKIPPED:
		*dir = "SKIP";
		return SKIP;
	case UKTEST_END_TIMEOUT:
		*dir = "TIMEOUT";
		return FAIL;
	case UKTEST_END_CRASHED:
		expected =
		    c->expect_crash && strstr(c->reason, c->expect_crash);
		if (!expected)
			*dir = "ERROR";
		else
			uktest_diag("%s: crashed as expected: %s", tc->name,
				    c->reason);
		return expected && !c->failures ? PASS : FAIL;
	case UKTEST_END_RETURNED:
		break;
	}
	if (c->expect_crash) {
		uktest_diag("%s: expected a crash (\"%s\"), none came",
			    tc->name, c->expect_crash);
		return FAIL;
	}
	return c->failures ? FAIL : PASS;
}

/* Run the selected cases of @s as subtest @n; return their failures. */
static int run_suite(const struct uk_testsuite *s, int n, const char *glob)
{
	int i = 0, failed = 0, skipped = 0, rc = 0;
	int planned = count_cases(s, glob);

	printf(INDENT "KTAP version 1\n" INDENT "# Subtest: %s\n" INDENT
		      "1..%d\n",
	       s->name, planned);
	if (s->init && (rc = s->init()) != 0)
		uktest_diag("%s: init failed: %d", s->name, rc);
	for (const struct uk_testcase *tc = uk_testcases_start;
	     tc < uk_testcases_end; tc++) {
		const char *dir = "SKIP";
		enum result r = SKIP;

		if (tc->suite != s || !selected(tc, glob))
			continue;
		i++;
		if (rc)
			snprintf(uktest_cur.reason, sizeof(uktest_cur.reason),
				 "suite init failed");
		else
			r = run_case(tc, &dir);
		printf(INDENT "%s %d %s%s%s%s%s\n", r == FAIL ? "not ok" : "ok",
		       i, tc->name, *dir ? " # " : "", dir,
		       *dir && *uktest_cur.reason ? " " : "",
		       *dir ? uktest_cur.reason : "");
		if (r == SKIP) {
			skipped++;
			uktest_totals.skipped++;
		} else if (r == PASS) {
			uktest_totals.passed++;
		} else {
			failed++;
			uktest_totals.failed++;
		}
	}
	if (!rc && s->exit)
		s->exit();
	if (skipped == planned)
		printf("ok %d %s # SKIP\n", n, s->name);
	else
		printf("%s %d %s\n", failed ? "not ok" : "ok", n, s->name);
	return failed;
}

int uk_test_run(const char *glob)
{
	uint64_t passed = uktest_totals.passed, skipped = uktest_totals.skipped;
	int suites = 0, n = 0, failed = 0;

	for (const struct uk_testsuite *s = uk_testsuites_start;
	     s < uk_testsuites_end; s++)
		suites += count_cases(s, glob) > 0;
	printf("KTAP version 1\n1..%d\n", suites);
	for (const struct uk_testsuite *s = uk_testsuites_start;
	     s < uk_testsuites_end; s++)
		if (count_cases(s, glob))
			failed += run_suite(s, ++n, glob);
	printf("# Totals: pass:%lu fail:%d skip:%lu\n",
	       (unsigned long)(uktest_totals.passed - passed), failed,
	       (unsigned long)(uktest_totals.skipped - skipped));
	return failed;
}

int uk_test_list(const char *glob)
{
	int n = 0;

	for (const struct uk_testsuite *s = uk_testsuites_start;
	     s < uk_testsuites_end; s++)
		for (const struct uk_testcase *tc = uk_testcases_start;
		     tc < uk_testcases_end; tc++)
			if (tc->suite == s && selected(tc, glob)) {
				printf("uktest: %s.%s\n", s->name, tc->name);
				n++;
			}
	return n;
}
