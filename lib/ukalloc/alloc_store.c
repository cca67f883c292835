/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukstore entries of the default allocator, as dynamic entries of object
 * "0" (ukalloc/0/...): a later allocator gets its own object number.
 * Counters exist only with CONFIG_LIBUKALLOC_STATS.
 */
#include <uk/alloc.h>
#include <uk/store.h>
#include <uk/init.h>
#include <uk/print.h>

static int get_total(void *cookie, uint64_t *out)
{
	*out = uk_alloc_totalmem(cookie);
	return 0;
}

static int get_avail(void *cookie, uint64_t *out)
{
	*out = uk_alloc_availmem(cookie);
	return 0;
}

#define STAT_GETTER(field)                                                     \
	static int get_##field(void *cookie, uint64_t *out)                    \
	{                                                                      \
		*out = ((struct uk_alloc *)cookie)->stats.field;               \
		return 0;                                                      \
	}
STAT_GETTER(allocs)
STAT_GETTER(frees)
STAT_GETTER(failed)
STAT_GETTER(cur_bytes)
STAT_GETTER(peak_bytes)

static const struct {
	const char *name, *unit, *help;
	uk_store_get_u_t get;
	bool is_stat;
} entries[] = {
	{ "total_mem", "bytes", "bytes managed by the allocator", get_total,
	  false },
	{ "avail_mem", "bytes", "free bytes: free pages plus free heap",
	  get_avail, false },
	{ "allocations", "count", "successful allocations", get_allocs, true },
	{ "frees", "count", "blocks and page runs given back", get_frees,
	  true },
	{ "failed_allocations", "count", "requests answered with NULL",
	  get_failed, true },
	{ "in_use", "bytes", "bytes handed out and not yet freed",
	  get_cur_bytes, true },
	{ "peak_use", "bytes", "highest number of bytes in use so far",
	  get_peak_bytes, true },
};

static int alloc_store_init(void)
{
	struct uk_alloc *a = uk_alloc_get_default();

	if (!a)
		return 0;
	for (unsigned int i = 0; i < ARRAY_SIZE(entries); i++) {
		if (entries[i].is_stat && !IS_ENABLED(CONFIG_LIBUKALLOC_STATS))
			continue;
		if (!uk_store_add_dynamic("ukalloc", "0", entries[i].name,
					  UK_STORE_U64, (void *)entries[i].get,
					  NULL, a, entries[i].unit,
					  entries[i].help))
			uk_pr_warn("cannot add store entry ukalloc/0/%s\n",
				   entries[i].name);
	}
	return 0;
}
UK_INIT(alloc_store_init, UK_INIT_LEVEL_LIB);
