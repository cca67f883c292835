/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Suite nofault: probes, copies and single accesses with exact expected
 * counts on fixed places (NULL, text, the guard page below the boot stack,
 * plain memory) and on the architecture's addresses with nothing behind
 * them (tests/arch/<arch>/unmapped.c: non-canonical, MMIO holes, beyond
 * RAM), which must not be accessible at all.
 */
#include <string.h>
#include <uk/essentials.h>
#include <uk/nofault.h>
#include <uk/test.h>
#include <uk/plat/trap.h>
#include "nofault_test.h"

#define PAGE 4096

static char buf[2 * PAGE + 512], copy[2 * PAGE + 512];
static uintptr_t lo, guard, text;
static unsigned long faults0;

static int nf_init(void)
{
	uintptr_t hi;

	faults0 = uk_nofault_fault_count();
	text = (uintptr_t)&nf_init & ~15UL;
	ukplat_boot_stack(&lo, &hi);
	guard = lo - PAGE;
	return 0;
}

static unsigned long un_probe_r(uintptr_t a)
{
	return uk_nofault_probe_r(a, 256, UK_NOFAULT_NOREPORT);
}

static unsigned long un_probe_rw(uintptr_t a)
{
	return uk_nofault_probe_rw(a, 256, UK_NOFAULT_NOREPORT);
}

static unsigned long un_memcpy(uintptr_t a)
{
	return uk_nofault_memcpy(buf, (void *)a, 256, UK_NOFAULT_NOREPORT);
}

static unsigned long un_try_read(uintptr_t a)
{
	uint8_t u8;
	uint16_t u16;
	uint32_t u32;
	uint64_t u64;

	return !uk_nofault_try_read(&u8, a) + !uk_nofault_try_read(&u16, a) +
	       !uk_nofault_try_read(&u32, a) + !uk_nofault_try_read(&u64, a);
}

static unsigned long un_try_write(uintptr_t a)
{
	return !uk_nofault_try_write(a, (uint32_t)1);
}

/* Each unmapped address of the architecture, none accessible. */
#define UNMAPPED_CASE(name, fn)                                                \
	UK_TESTCASE(nofault, name)                                             \
	{                                                                      \
		for (size_t i = 0; i < nf_test_unmapped_count; i++) {          \
			uk_test_diag("at %lx", nf_test_unmapped[i]);           \
			UK_TEST_EXPECT_UNUM_EQ(fn(nf_test_unmapped[i]), 0);    \
		}                                                              \
	}

UNMAPPED_CASE(unmapped_probe_r, un_probe_r)
UNMAPPED_CASE(unmapped_probe_rw, un_probe_rw)
UNMAPPED_CASE(unmapped_memcpy, un_memcpy)
UNMAPPED_CASE(unmapped_try_read, un_try_read)
UNMAPPED_CASE(unmapped_try_write, un_try_write)

static unsigned long null_probe_r(void)
{
	return uk_nofault_probe_r(0, 64, UK_NOFAULT_NOREPORT);
}

static unsigned long null_try_read(void)
{
	uint64_t v64;

	return uk_nofault_try_read(&v64, 0);
}

static unsigned long first_page_probe_r(void)
{
	return uk_nofault_probe_r(0x800, 16, UK_NOFAULT_NOREPORT);
}

static unsigned long text_probe_r(void)
{
	return uk_nofault_probe_r(text, 64, 0);
}

static unsigned long text_probe_rw(void)
{
	return uk_nofault_probe_rw(text, 64, UK_NOFAULT_NOREPORT);
}

static unsigned long text_try_write(void)
{
	return uk_nofault_try_write(text, (uint8_t)0xcc);
}

static unsigned long text_unchanged(void)
{
	uint32_t v32;

	return uk_nofault_try_read(&v32, text) == 0 &&
	       v32 == *(volatile uint32_t *)text;
}

/* Into the guard page below the boot stack: counts stop at its start. */
static unsigned long guard_probe_r(void)
{
	return uk_nofault_probe_r(guard - 100, 200, UK_NOFAULT_NOREPORT);
}

static unsigned long guard_probe_rw(void)
{
	return uk_nofault_probe_rw(guard - 100, 200, UK_NOFAULT_NOREPORT);
}

static unsigned long guard_memcpy(void)
{
	return uk_nofault_memcpy(buf, (void *)(guard - 100), 200,
				 UK_NOFAULT_NOREPORT);
}

static unsigned long guard_memcpy_misaligned(void)
{
	return uk_nofault_memcpy(buf + 3, (void *)(guard - 99), 203,
				 UK_NOFAULT_NOREPORT);
}

static unsigned long guard_memcpy_odd_tail(void)
{
	return uk_nofault_memcpy(buf, (void *)(guard - 13), 13 + 7,
				 UK_NOFAULT_NOREPORT);
}

/* Writing side: put back the very bytes that are there. */
static unsigned long guard_memcpy_to(void)
{
	memcpy(copy, (void *)(guard - 37), 37);
	return uk_nofault_memcpy((void *)(guard - 37), copy, 100,
				 UK_NOFAULT_NOREPORT);
}

static unsigned long guard_continue_probe_r(void)
{
	return uk_nofault_probe_r(guard - 100, PAGE + 200,
				  UK_NOFAULT_CONTINUE | UK_NOFAULT_NOREPORT);
}

static unsigned long guard_continue_memcpy(void)
{
	return uk_nofault_memcpy(buf, (void *)(guard - 100), PAGE + 200,
				 UK_NOFAULT_CONTINUE | UK_NOFAULT_NOREPORT);
}

/* What guard_continue_memcpy copies around the guard page. */
static unsigned long guard_continue_content(void)
{
	return guard_continue_memcpy() == 200 &&
	       !memcmp(buf, (void *)(guard - 100), 100) &&
	       !memcmp(buf + 100 + PAGE, (void *)lo, 100);
}

/* Ordinary memory: every alignment and length copies right. */
static unsigned long copies_wrong(void)
{
	unsigned long bad = 0;

	for (unsigned int i = 0; i < sizeof(buf); i++)
		buf[i] = (char)(i * 7 + 3);
	for (unsigned int s = 0; s < 16; s++)
		for (unsigned int d = 0; d < 16; d++)
			for (unsigned int n = 0; n < 80; n += 7) {
				memset(copy, 0, 128);
				if (uk_nofault_memcpy(copy + d, buf + s, n,
						      0) != n ||
				    memcmp(copy + d, buf + s, n))
					bad++;
			}
	return bad;
}

static unsigned long heap_try_write_read(void)
{
	uint64_t v64 = 0;
	uint32_t v32;

	return uk_nofault_try_write(&v64, (uint64_t)0x1122334455667788) == 0 &&
	       uk_nofault_try_read(&v32, (uintptr_t)&v64) == 0 &&
	       v32 == 0x55667788;
}

static unsigned long faults_counted(void)
{
	uint64_t v64;

	return uk_nofault_try_read(&v64, 0) &&
	       uk_nofault_fault_count() > faults0;
}

/* Each on its own: a case that reads what another left repeats that. */
UK_TESTCASE(nofault, null_probe_r)
{
	UK_TEST_EXPECT_UNUM_EQ(null_probe_r(), 0);
}

UK_TESTCASE(nofault, null_try_read)
{
	UK_TEST_EXPECT_UNUM_EQ(null_try_read(), -1UL);
}

UK_TESTCASE(nofault, first_page_probe_r)
{
	UK_TEST_EXPECT_UNUM_EQ(first_page_probe_r(), 0);
}

UK_TESTCASE(nofault, text_probe_r)
{
	UK_TEST_EXPECT_UNUM_EQ(text_probe_r(), 64);
}

UK_TESTCASE(nofault, text_probe_rw)
{
	UK_TEST_EXPECT_UNUM_EQ(text_probe_rw(), 0);
}

UK_TESTCASE(nofault, text_try_write)
{
	UK_TEST_EXPECT_UNUM_EQ(text_try_write(), -1UL);
}

UK_TESTCASE(nofault, text_unchanged)
{
	UK_TEST_EXPECT_UNUM_EQ(text_unchanged(), 1);
}

UK_TESTCASE(nofault, guard_probe_r)
{
	UK_TEST_EXPECT_UNUM_EQ(guard_probe_r(), 100);
}

UK_TESTCASE(nofault, guard_probe_rw)
{
	UK_TEST_EXPECT_UNUM_EQ(guard_probe_rw(), 100);
}

UK_TESTCASE(nofault, guard_memcpy)
{
	UK_TEST_EXPECT_UNUM_EQ(guard_memcpy(), 100);
}

UK_TESTCASE(nofault, guard_memcpy_misaligned)
{
	UK_TEST_EXPECT_UNUM_EQ(guard_memcpy_misaligned(), 99);
}

UK_TESTCASE(nofault, guard_memcpy_odd_tail)
{
	UK_TEST_EXPECT_UNUM_EQ(guard_memcpy_odd_tail(), 13);
}

UK_TESTCASE(nofault, guard_memcpy_to)
{
	UK_TEST_EXPECT_UNUM_EQ(guard_memcpy_to(), 37);
}

UK_TESTCASE(nofault, guard_continue_probe_r)
{
	UK_TEST_EXPECT_UNUM_EQ(guard_continue_probe_r(), 200);
}

UK_TESTCASE(nofault, guard_continue_memcpy)
{
	UK_TEST_EXPECT_UNUM_EQ(guard_continue_memcpy(), 200);
}

UK_TESTCASE(nofault, guard_continue_content)
{
	UK_TEST_EXPECT_UNUM_EQ(guard_continue_content(), 1);
}

UK_TESTCASE(nofault, copies_wrong)
{
	UK_TEST_EXPECT_UNUM_EQ(copies_wrong(), 0);
}

UK_TESTCASE(nofault, heap_try_write_read)
{
	UK_TEST_EXPECT_UNUM_EQ(heap_try_write_read(), 1);
}

UK_TESTCASE(nofault, faults_counted)
{
	UK_TEST_EXPECT_UNUM_EQ(faults_counted(), 1);
}

uk_testsuite_register(nofault, nf_init);
