/* SPDX-License-Identifier: BSD-3-Clause */
/* The case filter's glob: what uk.test.filter= and `test run` select. */
#include <uk/test.h>
#include "../uktest_internal.h"

UK_TESTCASE(uktest_glob, literal)
{
	UK_TEST_EXPECT(uktest_glob("a.b", "a.b"));
	UK_TEST_EXPECT(!uktest_glob("a.b", "a.bc"));
	UK_TEST_EXPECT(!uktest_glob("a.bc", "a.b"));
}

UK_TESTCASE(uktest_glob, star)
{
	UK_TEST_EXPECT(uktest_glob("*", ""));
	UK_TEST_EXPECT(uktest_glob("nofault.*", "nofault.guard_probe_r"));
	UK_TEST_EXPECT(uktest_glob("*.guard_*", "nofault.guard_probe_r"));
	UK_TEST_EXPECT(uktest_glob("a*b*c", "aXbYbZc"));
	UK_TEST_EXPECT(!uktest_glob("a*b*c", "aXbYbZ"));
}

UK_TESTCASE(uktest_glob, question_mark)
{
	UK_TEST_EXPECT(uktest_glob("s?.c", "s1.c"));
	UK_TEST_EXPECT(!uktest_glob("s?.c", "s.c"));
}

uk_testsuite_register(uktest_glob, NULL);
