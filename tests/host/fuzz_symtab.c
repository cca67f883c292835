/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * libFuzzer target: the fuzzer's bytes become a sorted symbol table (triples
 * of address step, size and an unused byte) and lookups; uk_symtab_find() must
 * agree with the model's covering rule and never read outside the table.
 *
 * The answer changes only where a symbol starts or ends, so the lookups are
 * each symbol's first byte, last byte and the bytes just before and after
 * them, plus 0 and past the end: every stretch of equal answers is checked
 * at both ends. Sorted, they let the model find each lookup's symbol in one
 * walk over the table (the linear model per lookup made each input cost
 * the square of the table).
 */
#include "symtab.h"
#include "symtab_model.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t n = size / 3, nq = 0;
	struct uk_symtab *tab =
	    malloc(sizeof(*tab) + n * sizeof(tab->entries[0]));
	uint32_t *q = malloc((4 * n + 2) * sizeof(*q));
	uint32_t off = 0;
	long best = -1;

	tab->count = n;
	tab->names_off = 0;
	for (size_t i = 0; i < n; i++) {
		uint32_t len = data[3 * i + 1] & 0x3f;

		off += data[3 * i];
		tab->entries[i].addr_off = off;
		tab->entries[i].size = len;
		tab->entries[i].name_off = 0;
		q[nq++] = off - 1; /* wraps for 0: a lookup past everything */
		q[nq++] = off;
		q[nq++] = off + len - 1;
		q[nq++] = off + len;
	}
	q[nq++] = 0;
	q[nq++] = off + 70;
	qsort(q, nq, sizeof(*q), cmp_u32);
	for (size_t k = 0; k < nq; k++) {
		while (best + 1 < (long)n &&
		       tab->entries[best + 1].addr_off <= q[k])
			best++;
		if (uk_symtab_find(tab, q[k]) !=
		    symtab_model_cover(tab, best, q[k]))
			abort();
	}
	free(q);
	free(tab);
	return 0;
}
