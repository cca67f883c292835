/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uktest: in-guest unit tests with KTAP version 1 output. A library or an
 * application defines cases and registers their suite once per suite:
 *
 *   UK_TESTCASE(mysuite, adds_up)
 *   {
 *           UK_TEST_EXPECT_SNUM_EQ(1 + 1, 2);
 *   }
 *   uk_testsuite_register(mysuite, NULL);
 *
 * Cases and suites sit in link-time tables; nothing runs until the boot
 * parameter uk.test=run (every suite, before main(), then halt with status
 * 0 when all passed, 1 otherwise), uk.test=list, or the shell's `test run`
 * asks. uk.test.filter=<suite>.<case glob> selects. A suite name is a C
 * identifier and unique in the image: two suites of one name fail to link.
 *
 * UK_TEST_EXPECT* record a failure and let the case go on; UK_TEST_ASSERT*
 * end the case at the first failure. A failure prints the expression, the
 * values and file:line as KTAP diagnostics. A trap, a failed UK_ASSERT or a
 * UK_CRASH inside a case ends only that case ("# ERROR"), as does a case
 * running past CONFIG_LIBUKTEST_TIMEOUT_S ("# TIMEOUT").
 */
#ifndef UK_TEST_H
#define UK_TEST_H

#include <uk/essentials.h>

struct uk_testcase;

struct uk_testsuite {
	const char *name;
	int (*init)(void);  /* before the first case; nonzero skips them all */
	void (*exit)(void); /* after the last case */
};

struct uk_testcase {
	const struct uk_testsuite *suite;
	const char *name;
	void (*fn)(void);
};

#define UK_TESTSUITE_SYM(suite) UK_CONCAT(__uk_testsuite_, suite)

/*
 * Define test case @name of @suite; the function body follows. Cases of a
 * suite run in the order of their lines.
 */
#define UK_TESTCASE(suite, name)                                               \
	extern const struct uk_testsuite UK_TESTSUITE_SYM(suite);              \
	static void __uk_testfn_##suite##_##name(void);                        \
	static const struct uk_testcase __uk_testcase_##suite##_##name __used  \
	    __aligned(sizeof(void *)) __section(".uk_testcases." STRINGIFY(    \
		__LINE__)) = { &UK_TESTSUITE_SYM(suite), #name,                \
			       __uk_testfn_##suite##_##name };                 \
	static void __uk_testfn_##suite##_##name(void)

/*
 * Register @suite with the fixture @init (NULL for none), run before its
 * first case; a nonzero return skips every case of the suite.
 */
#define uk_testsuite_register(suite, init)                                     \
	uk_testsuite_register_fixtures(suite, init, NULL)

/* As uk_testsuite_register, with @exit (or NULL) run after the last case. */
#define uk_testsuite_register_fixtures(suite, init_fn, exit_fn)                \
	const struct uk_testsuite UK_TESTSUITE_SYM(suite)                      \
	    __used __aligned(sizeof(void *))                                   \
		__section(".uk_testsuites") = { #suite, init_fn, exit_fn }

/* Run-time helpers behind the macros; cases call them through the macros. */
bool _uk_test_check(bool ok, bool fatal, const char *file, int line,
		    const char *expr);
bool _uk_test_snum(bool ok, bool fatal, const char *file, int line,
		   const char *op, const char *a, long long va, const char *b,
		   long long vb);
bool _uk_test_unum(bool ok, bool fatal, const char *file, int line,
		   const char *op, const char *a, unsigned long long va,
		   const char *b, unsigned long long vb);
bool _uk_test_str(bool fatal, bool want_eq, const char *file, int line,
		  const char *a, const char *va, const char *b, const char *vb);
bool _uk_test_bytes(bool fatal, const char *file, int line, const char *a,
		    const void *va, const char *b, const void *vb, size_t len);

/*
 * End the running case as skipped, with @reason (a printf format) on its
 * result line: "ok N name # SKIP reason". Only inside a case (elsewhere it
 * crashes the guest: there is no case to end).
 */
__noreturn __printf(1, 2) void uk_test_skip(const char *reason, ...);

/*
 * Print a diagnostic line ("# ...") for the running case, for context that
 * a failure alone would not show.
 */
__printf(1, 2) void uk_test_diag(const char *fmt, ...);

/*
 * Declare that the running case must crash (a trap, a failed UK_ASSERT, a
 * UK_CRASH, a sanitizer abort) with a reason containing @what, such as
 * "Page fault" or "Assertion failed": that crash then ends the case as
 * passed, any other crash or none at all fails it.
 */
void uk_test_expect_crash(const char *what);

/*
 * Run the registered cases whose "<suite>.<case>" matches @glob (NULL or
 * "" for all; '*' and '?' wildcards; a glob without '.' names suites),
 * printing KTAP. Return the number of cases that failed or errored.
 */
int uk_test_run(const char *glob);

/* Print "<suite>.<case>" for each case @glob selects; return the count. */
int uk_test_list(const char *glob);

#define _UK_TEST_BOOL(cond, fatal)                                             \
	do {                                                                   \
		if (!_uk_test_check(!!(cond), fatal, __FILE__, __LINE__,       \
				    #cond))                                    \
			return;                                                \
	} while (0)

#define _UK_TEST_SNUM(a, op, b, fatal)                                         \
	do {                                                                   \
		long long __a = (long long)(a), __b = (long long)(b);          \
		if (!_uk_test_snum(__a op __b, fatal, __FILE__, __LINE__, #op, \
				   #a, __a, #b, __b))                          \
			return;                                                \
	} while (0)

#define _UK_TEST_UNUM(a, op, b, fatal)                                         \
	do {                                                                   \
		unsigned long long __a = (unsigned long long)(a);              \
		unsigned long long __b = (unsigned long long)(b);              \
		if (!_uk_test_unum(__a op __b, fatal, __FILE__, __LINE__, #op, \
				   #a, __a, #b, __b))                          \
			return;                                                \
	} while (0)

#define _UK_TEST_STR(a, b, eq, fatal)                                          \
	do {                                                                   \
		if (!_uk_test_str(fatal, eq, __FILE__, __LINE__, #a, (a), #b,  \
				  (b)))                                        \
			return;                                                \
	} while (0)

#define _UK_TEST_BYTES(a, b, len, fatal)                                       \
	do {                                                                   \
		if (!_uk_test_bytes(fatal, __FILE__, __LINE__, #a, (a), #b,    \
				    (b), (len)))                               \
			return;                                                \
	} while (0)

/* Expectations: a failure is recorded and the case goes on. */
#define UK_TEST_EXPECT(cond)	     _UK_TEST_BOOL(cond, false)
#define UK_TEST_EXPECT_ZERO(x)	     _UK_TEST_SNUM(x, ==, 0, false)
#define UK_TEST_EXPECT_NULL(p)	     _UK_TEST_UNUM((uintptr_t)(p), ==, 0, false)
#define UK_TEST_EXPECT_NOT_NULL(p)   _UK_TEST_UNUM((uintptr_t)(p), !=, 0, false)
#define UK_TEST_EXPECT_SNUM_EQ(a, b) _UK_TEST_SNUM(a, ==, b, false)
#define UK_TEST_EXPECT_SNUM_NQ(a, b) _UK_TEST_SNUM(a, !=, b, false)
#define UK_TEST_EXPECT_SNUM_GT(a, b) _UK_TEST_SNUM(a, >, b, false)
#define UK_TEST_EXPECT_SNUM_GE(a, b) _UK_TEST_SNUM(a, >=, b, false)
#define UK_TEST_EXPECT_SNUM_LT(a, b) _UK_TEST_SNUM(a, <, b, false)
#define UK_TEST_EXPECT_SNUM_LE(a, b) _UK_TEST_SNUM(a, <=, b, false)
#define UK_TEST_EXPECT_UNUM_EQ(a, b) _UK_TEST_UNUM(a, ==, b, false)
#define UK_TEST_EXPECT_UNUM_NQ(a, b) _UK_TEST_UNUM(a, !=, b, false)
#define UK_TEST_EXPECT_UNUM_GT(a, b) _UK_TEST_UNUM(a, >, b, false)
#define UK_TEST_EXPECT_UNUM_GE(a, b) _UK_TEST_UNUM(a, >=, b, false)
#define UK_TEST_EXPECT_UNUM_LT(a, b) _UK_TEST_UNUM(a, <, b, false)
#define UK_TEST_EXPECT_UNUM_LE(a, b) _UK_TEST_UNUM(a, <=, b, false)
#define UK_TEST_EXPECT_PTR_EQ(a, b)                                            \
	_UK_TEST_UNUM((uintptr_t)(a), ==, (uintptr_t)(b), false)
#define UK_TEST_EXPECT_PTR_NQ(a, b)                                            \
	_UK_TEST_UNUM((uintptr_t)(a), !=, (uintptr_t)(b), false)
#define UK_TEST_EXPECT_BYTES_EQ(a, b, len) _UK_TEST_BYTES(a, b, len, false)
#define UK_TEST_EXPECT_STR_EQ(a, b)	   _UK_TEST_STR(a, b, true, false)
#define UK_TEST_EXPECT_STR_NQ(a, b)	   _UK_TEST_STR(a, b, false, false)

/* Assertions: a failure ends the case. */
#define UK_TEST_ASSERT(cond)	     _UK_TEST_BOOL(cond, true)
#define UK_TEST_ASSERT_ZERO(x)	     _UK_TEST_SNUM(x, ==, 0, true)
#define UK_TEST_ASSERT_NULL(p)	     _UK_TEST_UNUM((uintptr_t)(p), ==, 0, true)
#define UK_TEST_ASSERT_NOT_NULL(p)   _UK_TEST_UNUM((uintptr_t)(p), !=, 0, true)
#define UK_TEST_ASSERT_SNUM_EQ(a, b) _UK_TEST_SNUM(a, ==, b, true)
#define UK_TEST_ASSERT_SNUM_NQ(a, b) _UK_TEST_SNUM(a, !=, b, true)
#define UK_TEST_ASSERT_SNUM_GT(a, b) _UK_TEST_SNUM(a, >, b, true)
#define UK_TEST_ASSERT_SNUM_GE(a, b) _UK_TEST_SNUM(a, >=, b, true)
#define UK_TEST_ASSERT_SNUM_LT(a, b) _UK_TEST_SNUM(a, <, b, true)
#define UK_TEST_ASSERT_SNUM_LE(a, b) _UK_TEST_SNUM(a, <=, b, true)
#define UK_TEST_ASSERT_UNUM_EQ(a, b) _UK_TEST_UNUM(a, ==, b, true)
#define UK_TEST_ASSERT_UNUM_NQ(a, b) _UK_TEST_UNUM(a, !=, b, true)
#define UK_TEST_ASSERT_UNUM_GT(a, b) _UK_TEST_UNUM(a, >, b, true)
#define UK_TEST_ASSERT_UNUM_GE(a, b) _UK_TEST_UNUM(a, >=, b, true)
#define UK_TEST_ASSERT_UNUM_LT(a, b) _UK_TEST_UNUM(a, <, b, true)
#define UK_TEST_ASSERT_UNUM_LE(a, b) _UK_TEST_UNUM(a, <=, b, true)
#define UK_TEST_ASSERT_PTR_EQ(a, b)                                            \
	_UK_TEST_UNUM((uintptr_t)(a), ==, (uintptr_t)(b), true)
#define UK_TEST_ASSERT_PTR_NQ(a, b)                                            \
	_UK_TEST_UNUM((uintptr_t)(a), !=, (uintptr_t)(b), true)
#define UK_TEST_ASSERT_BYTES_EQ(a, b, len) _UK_TEST_BYTES(a, b, len, true)
#define UK_TEST_ASSERT_STR_EQ(a, b)	   _UK_TEST_STR(a, b, true, true)
#define UK_TEST_ASSERT_STR_NQ(a, b)	   _UK_TEST_STR(a, b, false, true)

#endif /* UK_TEST_H */
