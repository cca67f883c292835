/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What a triggered check must lead to, per mode: a report (its counter up
 * by one, its first line naming the kind and this suite's file) and the
 * case going on; a crash naming the report; or, in trap mode, a crash
 * naming the trap.
 */
#ifndef UBSAN_TEST_H
#define UBSAN_TEST_H

#include <string.h>
#include <uk/test.h>
#include <uk/ubsan.h>

#if CONFIG_LIBUBSAN_TRAP
#define UBSAN_EXPECT(kind, name) uk_test_expect_crash("UBSan check failed")
#define UBSAN_CHECK(kind, name)
#else
#define UBSAN_EXPECT(kind, name)                                               \
	unsigned long __before __unused = uk_ubsan_count(kind);                \
	if (IS_ENABLED(CONFIG_LIBUBSAN_CRASH))                                 \
	uk_test_expect_crash("UBSan: " name " at ")
#define UBSAN_CHECK(kind, name)                                                \
	do {                                                                   \
		UK_TEST_EXPECT_UNUM_EQ(uk_ubsan_count(kind), __before + 1);    \
		UK_TEST_EXPECT(!strncmp(uk_ubsan_last(),                       \
					"UBSan: " name " at ",                 \
					strlen("UBSan: " name " at ")));       \
		UK_TEST_EXPECT(strstr(uk_ubsan_last(), "ubsan/tests/ubsan"));  \
	} while (0)
#endif

/* 1e20 cast to int, in a source that may use floating point. */
int ubsan_test_float_cast(void);

#endif /* UBSAN_TEST_H */
