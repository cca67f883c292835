/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Suite ubsan: each kind of check fails once, from operands the compiler
 * cannot see through (volatile), and ends as the mode says
 * (ubsan_test.h). Each check sits on its own line: a location reports
 * once per boot.
 */
#include <stdint.h>
#include "ubsan_test.h"

static volatile int v_int_max = INT32_MAX, v_int_min = INT32_MIN;
static volatile int v_one = 1, v_zero, v_minus_one = -1, v_forty = 40;
static volatile int v_index = 4;
static volatile unsigned int v_uzero;
static volatile long v_wrap = INTPTR_MIN;
static int *volatile v_null;
static volatile int sink;
/* Past the array, still inside the object: no object_size report. */
static struct {
	int array[4];
	int after;
} s;
static unsigned char bool_bytes[2] = { 3, 0 };
static _Alignas(8) char bytes[16];

__attribute__((nonnull)) static __noinline int first(const int *p)
{
	return (int)((uintptr_t)p >> 4);
}

__attribute__((returns_nonnull)) static __noinline int *same(int *p)
{
	return p;
}

static __noinline void vla(int n)
{
	volatile char a[n];

	a[0] = 0;
	sink = a[0];
}

static __noinline int unreachable_if(int x)
{
	if (x)
		__builtin_unreachable();
	return 0;
}

UK_TESTCASE(ubsan, add_overflow)
{
	UBSAN_EXPECT(UK_UBSAN_ADD_OVERFLOW, "add_overflow");
	sink = v_int_max + v_one;
	UBSAN_CHECK(UK_UBSAN_ADD_OVERFLOW, "add_overflow");
}

UK_TESTCASE(ubsan, sub_overflow)
{
	UBSAN_EXPECT(UK_UBSAN_SUB_OVERFLOW, "sub_overflow");
	sink = v_int_min - v_one;
	UBSAN_CHECK(UK_UBSAN_SUB_OVERFLOW, "sub_overflow");
}

UK_TESTCASE(ubsan, mul_overflow)
{
	UBSAN_EXPECT(UK_UBSAN_MUL_OVERFLOW, "mul_overflow");
	sink = v_int_max * v_forty;
	UBSAN_CHECK(UK_UBSAN_MUL_OVERFLOW, "mul_overflow");
}

UK_TESTCASE(ubsan, negate_overflow)
{
	UBSAN_EXPECT(UK_UBSAN_NEGATE_OVERFLOW, "negate_overflow");
	sink = -v_int_min;
	UBSAN_CHECK(UK_UBSAN_NEGATE_OVERFLOW, "negate_overflow");
}

/*
 * After the report the division runs: x86_64's idiv then traps (arm64's
 * sdiv gives 0), so the case ends there; the report came first.
 */
#if CONFIG_ARCH_X86_64 && CONFIG_LIBUBSAN_CONTINUE
#define DIVISION_TRAPS() uk_test_expect_crash("Divide error")
#else
#define DIVISION_TRAPS()
#endif

UK_TESTCASE(ubsan, divide_by_zero)
{
	UBSAN_EXPECT(UK_UBSAN_DIVREM_OVERFLOW, "divrem_overflow");
	DIVISION_TRAPS();
	sink = v_one / v_zero;
	UBSAN_CHECK(UK_UBSAN_DIVREM_OVERFLOW, "divrem_overflow");
}

UK_TESTCASE(ubsan, divide_min_by_minus_one)
{
	UBSAN_EXPECT(UK_UBSAN_DIVREM_OVERFLOW, "divrem_overflow");
	DIVISION_TRAPS();
	sink = v_int_min % v_minus_one;
	UBSAN_CHECK(UK_UBSAN_DIVREM_OVERFLOW, "divrem_overflow");
}

UK_TESTCASE(ubsan, shift_too_far)
{
	UBSAN_EXPECT(UK_UBSAN_SHIFT_OUT_OF_BOUNDS, "shift_out_of_bounds");
	sink = v_one << v_forty;
	UBSAN_CHECK(UK_UBSAN_SHIFT_OUT_OF_BOUNDS, "shift_out_of_bounds");
}

UK_TESTCASE(ubsan, shift_negative)
{
	UBSAN_EXPECT(UK_UBSAN_SHIFT_OUT_OF_BOUNDS, "shift_out_of_bounds");
	sink = v_minus_one << v_one;
	UBSAN_CHECK(UK_UBSAN_SHIFT_OUT_OF_BOUNDS, "shift_out_of_bounds");
}

UK_TESTCASE(ubsan, out_of_bounds)
{
	UBSAN_EXPECT(UK_UBSAN_OUT_OF_BOUNDS, "out_of_bounds");
	sink = s.array[v_index];
	UBSAN_CHECK(UK_UBSAN_OUT_OF_BOUNDS, "out_of_bounds");
}

UK_TESTCASE(ubsan, null)
{
	/* The load itself faults on address 0: the report comes first. */
	UBSAN_EXPECT(UK_UBSAN_NULL, "null");
	if (IS_ENABLED(CONFIG_LIBUBSAN_CONTINUE))
		uk_test_expect_crash(" at 0x0 (read");
	sink = *v_null;
}

UK_TESTCASE(ubsan, misaligned)
{
	UBSAN_EXPECT(UK_UBSAN_MISALIGNED, "misaligned");
	sink = *(volatile int *)(bytes + v_one);
	UBSAN_CHECK(UK_UBSAN_MISALIGNED, "misaligned");
}

UK_TESTCASE(ubsan, object_size)
{
	UBSAN_EXPECT(UK_UBSAN_OBJECT_SIZE, "object_size");
	sink = *(volatile long long *)(bytes + 8 + 8 * v_one);
	UBSAN_CHECK(UK_UBSAN_OBJECT_SIZE, "object_size");
}

UK_TESTCASE(ubsan, vla_bound)
{
	UBSAN_EXPECT(UK_UBSAN_VLA_BOUND, "vla_bound");
	vla(v_zero);
	UBSAN_CHECK(UK_UBSAN_VLA_BOUND, "vla_bound");
}

UK_TESTCASE(ubsan, invalid_value)
{
	bool *b = (bool *)&bool_bytes[v_zero];

	UBSAN_EXPECT(UK_UBSAN_INVALID_VALUE, "invalid_value");
	sink = *b;
	UBSAN_CHECK(UK_UBSAN_INVALID_VALUE, "invalid_value");
}

UK_TESTCASE(ubsan, nonnull_arg)
{
	UBSAN_EXPECT(UK_UBSAN_NONNULL_ARG, "nonnull_arg");
	sink = first(v_null);
	UBSAN_CHECK(UK_UBSAN_NONNULL_ARG, "nonnull_arg");
}

UK_TESTCASE(ubsan, nonnull_return)
{
	UBSAN_EXPECT(UK_UBSAN_NONNULL_RETURN, "nonnull_return");
	sink = same(v_null) == NULL;
	UBSAN_CHECK(UK_UBSAN_NONNULL_RETURN, "nonnull_return");
}

UK_TESTCASE(ubsan, pointer_overflow)
{
	UBSAN_EXPECT(UK_UBSAN_POINTER_OVERFLOW, "pointer_overflow");
	sink = (int)(uintptr_t)(bytes + v_wrap);
	UBSAN_CHECK(UK_UBSAN_POINTER_OVERFLOW, "pointer_overflow");
}

UK_TESTCASE(ubsan, invalid_builtin)
{
	UBSAN_EXPECT(UK_UBSAN_INVALID_BUILTIN, "invalid_builtin");
	sink = __builtin_ctz(v_uzero);
	UBSAN_CHECK(UK_UBSAN_INVALID_BUILTIN, "invalid_builtin");
}

UK_TESTCASE(ubsan, float_cast_overflow)
{
	UBSAN_EXPECT(UK_UBSAN_FLOAT_CAST_OVERFLOW, "float_cast_overflow");
	sink = ubsan_test_float_cast();
	UBSAN_CHECK(UK_UBSAN_FLOAT_CAST_OVERFLOW, "float_cast_overflow");
}

UK_TESTCASE(ubsan, unreachable)
{
	/* Never returns, in every mode. */
	UBSAN_EXPECT(UK_UBSAN_UNREACHABLE, "unreachable");
	if (!IS_ENABLED(CONFIG_LIBUBSAN_TRAP))
		uk_test_expect_crash("UBSan: unreachable at ");
	sink = unreachable_if(v_one);
}

#if !CONFIG_LIBUBSAN_TRAP
static __noinline void overflow_here(void)
{
	sink = v_int_max + v_one;
}

UK_TESTCASE(ubsan, one_report_per_location)
{
	unsigned long before = uk_ubsan_count(UK_UBSAN_ADD_OVERFLOW);
	int i;

	if (!IS_ENABLED(CONFIG_LIBUBSAN_CONTINUE))
		uk_test_skip("only report-and-continue goes on after a report");
	for (i = 0; i < 3; i++)
		overflow_here();
	UK_TEST_EXPECT_UNUM_EQ(uk_ubsan_count(UK_UBSAN_ADD_OVERFLOW),
			       before + 1);
}
#endif

uk_testsuite_register(ubsan, NULL);
