/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * libFuzzer target: the fuzzer's bytes become a sorted symbol table (triples
 * of address step, size and an unused byte) and lookups; uk_symtab_find() must agree with
 * the linear model and never read outside the table.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "symtab.h"
#include "symtab_model.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t n = size / 3;
	uint32_t step = size ? 1 + (data[size - 1] & 3) : 1;
	struct uk_symtab *tab = malloc(sizeof(*tab) + n * sizeof(tab->entries[0]));
	uint32_t off = 0;

	tab->count = n;
	tab->names_off = 0;
	for (size_t i = 0; i < n; i++) {
		off += data[3 * i];
		tab->entries[i].addr_off = off;
		tab->entries[i].size = data[3 * i + 1] & 0x3f;
		tab->entries[i].name_off = 0;
	}
	for (uint32_t q = 0; q <= off + 70; q += step)
		if (uk_symtab_find(tab, q) != symtab_model_find(tab, q))
			abort();
	free(tab);
	return 0;
}
