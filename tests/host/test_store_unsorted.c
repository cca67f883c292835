/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukstore's fallback for a static table the linker did not sort: linked
 * with store_unsorted.lds, the entries stay in declaration order (compiled
 * with -fno-toplevel-reorder), deliberately not name order, plus one name
 * declared twice. The boot check, run here from the init table as ukboot
 * would, must notice both, and lookups and iteration must then work
 * through its sorted index.
 */
#include <string.h>
#include <uk/init.h>
#include <uk/store.h>
#include "check.h"
#include "host_stubs.h"
#include "registry.h"

extern const uk_init_fn_t uk_inittab_start[], uk_inittab_end[];

static int get_one(void *c __attribute__((unused)), uint64_t *out)
{
	*out = 1;
	return 0;
}

UK_STORE_ENTRY(zz, z, u64, get_one, NULL, "", "last by name");
UK_STORE_ENTRY(mm, m, u64, get_one, NULL, "", "middle");
UK_STORE_ENTRY(aa, a, u64, get_one, NULL, "", "first by name");
UK_STORE_ENTRY(mm, l, u64, get_one, NULL, "", "before the middle");
/* A second "mm/m", as another file could declare it. */
static const struct uk_store_entry twice __attribute__((
    used, aligned(sizeof(void *)), section(".uk_store_entries.mm/m"))) = {
	"mm/m", "again", "", UK_STORE_U64, (void *)get_one, NULL, NULL
};

static const char *const sorted_names[] = { "aa/a", "mm/l", "mm/m", "mm/m",
					    "zz/z" };

struct seen {
	const char *names[8];
	size_t n;
};

static int collect(const struct uk_store_entry *e, void *arg)
{
	struct seen *s = arg;

	if (s->n < ARRAY_LEN(s->names))
		s->names[s->n] = e->name;
	s->n++;
	return 0;
}

int main(void)
{
	size_t n = store_static_count();
	struct seen seen = { .n = 0 };
	bool was_sorted = true;

	CHECK(n == ARRAY_LEN(sorted_names), "%zu entries", n);
	for (size_t i = 1; i < n; i++)
		was_sorted &= strcmp(store_static_at(i - 1)->name,
				     store_static_at(i)->name) <= 0;
	CHECK(!was_sorted, "the test table must start out of order");

	for (const uk_init_fn_t *fn = uk_inittab_start; fn < uk_inittab_end;
	     fn++)
		CHECK((*fn)() == 0, "init function failed");
	CHECK(strstr(host_console, "did not sort") != NULL,
	      "fallback reported: %s", host_console);
	CHECK(strstr(host_console, "entry mm/m is declared twice") != NULL,
	      "duplicate reported: %s", host_console);

	for (size_t i = 0; i < n; i++) {
		CHECK(strcmp(store_static_at(i)->name, sorted_names[i]) == 0,
		      "index %zu: %s", i, store_static_at(i)->name);
		CHECK(store_static_owns(store_static_at(i)), "owns %zu", i);
	}
	for (size_t i = 0; i < n; i++) {
		const struct uk_store_entry *e =
		    uk_store_get_entry(sorted_names[i]);

		CHECK(e && strcmp(e->name, sorted_names[i]) == 0, "find %s",
		      sorted_names[i]);
	}
	CHECK(uk_store_get_entry("mm/n") == NULL &&
		  uk_store_get_entry("a") == NULL,
	      "missing names");
	uk_store_iterate("", collect, &seen);
	CHECK(seen.n == n, "iterated %zu", seen.n);
	for (size_t i = 0; i < seen.n && i < n; i++)
		CHECK(strcmp(seen.names[i], sorted_names[i]) == 0,
		      "iteration %zu: %s", i, seen.names[i]);
	return check_summary("test_store_unsorted");
}
