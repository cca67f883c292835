/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk_symtab_find() (lib/ukdebug/symtab_find.c) against a linear scan, on
 * hand-made edge cases and on random sorted tables with a fixed seed.
 */
#include <stdlib.h>
#include "check.h"
#include "symtab.h"
#include "symtab_model.h"

#define MAX_SYMS 300

static struct {
	struct uk_symtab tab;
	struct uk_symtab_entry e[MAX_SYMS];
} t;

static void add(uint32_t off, uint32_t size)
{
	t.e[t.tab.count].addr_off = off;
	t.e[t.tab.count].size = size;
	t.tab.count++;
}

static void check_all(uint32_t upto)
{
	for (uint32_t off = 0; off < upto; off++)
		CHECK(uk_symtab_find(&t.tab, off) ==
			  symtab_model_find(&t.tab, off),
		      "off %u: %ld vs %ld", off, uk_symtab_find(&t.tab, off),
		      symtab_model_find(&t.tab, off));
}

int main(void)
{
	t.tab.count = 0;
	CHECK(uk_symtab_find(&t.tab, 0) == -1, "empty table");

	add(0x10, 0x10); /* sized */
	add(0x30, 0);	 /* unsized label: up to the next */
	add(0x40, 4);
	add(0x40 + 8, 0); /* last unsized: covers nothing */
	CHECK(uk_symtab_find(&t.tab, 0x0f) == -1, "before the first");
	CHECK(uk_symtab_find(&t.tab, 0x10) == 0, "first byte");
	CHECK(uk_symtab_find(&t.tab, 0x1f) == 0, "last byte");
	CHECK(uk_symtab_find(&t.tab, 0x20) == -1, "gap after a sized symbol");
	CHECK(uk_symtab_find(&t.tab, 0x3f) == 1, "unsized reaches the next");
	CHECK(uk_symtab_find(&t.tab, 0x44) == -1, "past a sized symbol");
	CHECK(uk_symtab_find(&t.tab, 0x48) == -1, "last unsized");
	check_all(0x60);

	srand(4242);
	for (int round = 0; round < 2000; round++) {
		uint32_t off = rand() % 8;

		t.tab.count = 0;
		for (int n = rand() % MAX_SYMS; n > 0; n--) {
			add(off, rand() % 3 ? rand() % 24 : 0);
			off +=
			    rand() % 32; /* aliases (same address) happen too */
		}
		check_all(off + 8);
	}
	return check_summary("test_symtab");
}
