/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Suite symbols: uk_resolve_symbol() on the embedded symbol table finds
 * the function around an address (its start, an address inside, the
 * offset), and nothing outside the text.
 */
#include <string.h>
#include <uk/symbols.h>
#include <uk/test.h>

static __noinline int symbols_probe_fn(int x)
{
	return x * 3 + 1;
}

UK_TESTCASE(symbols, function_start)
{
	struct uk_symbol sym;

	UK_TEST_ASSERT_ZERO(
	    uk_resolve_symbol((unsigned long)symbols_probe_fn, &sym));
	UK_TEST_EXPECT_STR_EQ(sym.name, "symbols_probe_fn");
	UK_TEST_EXPECT_UNUM_EQ(sym.addr, (unsigned long)symbols_probe_fn);
	UK_TEST_EXPECT_UNUM_EQ(sym.offset, 0);
	UK_TEST_EXPECT_SNUM_EQ(symbols_probe_fn(1), 4);
}

UK_TESTCASE(symbols, inside_a_function)
{
	unsigned long a = (unsigned long)uk_resolve_symbol;
	struct uk_symbol sym;

	UK_TEST_ASSERT_ZERO(uk_resolve_symbol(a + 4, &sym));
	UK_TEST_EXPECT_STR_EQ(sym.name, "uk_resolve_symbol");
	UK_TEST_EXPECT_UNUM_EQ(sym.offset, 4);
	UK_TEST_EXPECT_UNUM_GT(sym.size, 4);
}

UK_TESTCASE(symbols, outside_the_text)
{
	struct uk_symbol sym;

	UK_TEST_EXPECT_SNUM_EQ(uk_resolve_symbol(0, &sym), -1);
	UK_TEST_EXPECT_SNUM_EQ(uk_resolve_symbol(~0UL, &sym), -1);
}

uk_testsuite_register(symbols, NULL);
