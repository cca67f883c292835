/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The checks behind UK_TEST_EXPECT* and UK_TEST_ASSERT*: a failure counts
 * against the running case and prints, as KTAP diagnostics, where it is,
 * the expression and the values of both sides, in KUnit's shape:
 *
 *   # case: EXPECTATION FAILED at lib/foo/tests/x.c:12
 *   #     Expected a == b, but
 *   #         a == 3 (0x3)
 *   #         b == 4 (0x4)
 *
 * Each returns false only when a failed check is fatal: the macro then
 * returns from the case function.
 */
#include <string.h>
#include "uktest_internal.h"

static void fail_at(bool fatal, const char *file, int line)
{
	uktest_cur.failures++;
	uktest_diag("%s: %s FAILED at %s:%d",
		    uktest_cur.tc ? uktest_cur.tc->name : "-",
		    fatal ? "ASSERTION" : "EXPECTATION", file, line);
}

bool _uk_test_check(bool ok, bool fatal, const char *file, int line,
		    const char *expr)
{
	if (ok)
		return true;
	fail_at(fatal, file, line);
	uktest_diag("    Expected %s to be true", expr);
	return !fatal;
}

bool _uk_test_snum(bool ok, bool fatal, const char *file, int line,
		   const char *op, const char *a, long long va, const char *b,
		   long long vb)
{
	if (ok)
		return true;
	fail_at(fatal, file, line);
	uktest_diag("    Expected %s %s %s, but", a, op, b);
	uktest_diag("        %s == %lld (%#llx)", a, va, va);
	uktest_diag("        %s == %lld (%#llx)", b, vb, vb);
	return !fatal;
}

bool _uk_test_unum(bool ok, bool fatal, const char *file, int line,
		   const char *op, const char *a, unsigned long long va,
		   const char *b, unsigned long long vb)
{
	if (ok)
		return true;
	fail_at(fatal, file, line);
	uktest_diag("    Expected %s %s %s, but", a, op, b);
	uktest_diag("        %s == %llu (%#llx)", a, va, va);
	uktest_diag("        %s == %llu (%#llx)", b, vb, vb);
	return !fatal;
}

bool _uk_test_str(bool fatal, bool want_eq, const char *file, int line,
		  const char *a, const char *va, const char *b, const char *vb)
{
	bool eq = va && vb ? !strcmp(va, vb) : va == vb;

	if (eq == want_eq)
		return true;
	fail_at(fatal, file, line);
	uktest_diag("    Expected %s %s %s, but", a, want_eq ? "==" : "!=", b);
	uktest_diag("        %s == \"%s\"", a, va ? va : "(null)");
	uktest_diag("        %s == \"%s\"", b, vb ? vb : "(null)");
	return !fatal;
}

bool _uk_test_bytes(bool fatal, const char *file, int line, const char *a,
		    const void *va, const char *b, const void *vb, size_t len)
{
	const unsigned char *pa = va, *pb = vb;
	size_t i = 0;

	while (i < len && pa[i] == pb[i])
		i++;
	if (i == len)
		return true;
	fail_at(fatal, file, line);
	uktest_diag("    Expected %s == %s (%zu bytes), but at offset %zu", a,
		    b, len, i);
	uktest_diag("        %s[%zu] == 0x%02x", a, i, pa[i]);
	uktest_diag("        %s[%zu] == 0x%02x", b, i, pb[i]);
	return !fatal;
}
