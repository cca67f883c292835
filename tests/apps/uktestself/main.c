/*
 * uktest's own behaviour, one case per kind of result: passes, a failed
 * expectation that goes on, a failed assertion that ends the case, a
 * skip, a NULL read, a failed UK_ASSERT, an expected UK_CRASH, a case
 * that expects a crash that never comes, and one that spins past the time
 * limit. A suite whose init fails is skipped whole. tests/test_uktest.py
 * checks each line of the KTAP this prints with uk.test=run.
 */
#include <stdio.h>
#include <uk/assert.h>
#include <uk/test.h>

static volatile int three = 3;

UK_TESTCASE(selftest, passes)
{
	UK_TEST_EXPECT(three == 3);
	UK_TEST_EXPECT_SNUM_EQ(three, 3);
	UK_TEST_EXPECT_STR_EQ("abc", "abc");
	UK_TEST_ASSERT_NOT_NULL(&three);
}

UK_TESTCASE(selftest, expectation_fails)
{
	UK_TEST_EXPECT_SNUM_EQ(three + 1, 5);
	printf("still in expectation_fails\n");
}

UK_TESTCASE(selftest, assertion_ends)
{
	UK_TEST_ASSERT_STR_EQ("left", "right");
	printf("never printed\n");
}

UK_TESTCASE(selftest, skips)
{
	uk_test_skip("not on %s", "this machine");
}

UK_TESTCASE(selftest, null_read)
{
	printf("read %d\n", *(volatile int *)0);
}

UK_TESTCASE(selftest, failed_uk_assert)
{
	UK_ASSERT(three == 4);
}

UK_TESTCASE(selftest, expected_crash)
{
	uk_test_expect_crash("on purpose");
	UK_CRASH("on purpose");
}

UK_TESTCASE(selftest, crash_never_comes)
{
	uk_test_expect_crash("Page fault");
}

UK_TESTCASE(selftest, spins)
{
	for (;;)
		__asm__ __volatile__("" ::: "memory");
}

UK_TESTCASE(selftest, runs_after_all)
{
	UK_TEST_EXPECT_UNUM_GT(three, 2);
}

uk_testsuite_register(selftest, NULL);

static int init_fails(void)
{
	return -22;
}

UK_TESTCASE(selfinit, skipped)
{
	UK_TEST_EXPECT(0);
}

uk_testsuite_register(selfinit, init_fails);

int main(void)
{
	printf("main() of uktestself\n");
	return 0;
}
