/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The default allocator: a standard allocator over every free RAM region
 * of the platform memory map. The only ukalloc file that talks to the
 * platform; ukboot calls uk_alloc_init_default() once, early.
 */
#include <errno.h>
#include <uk/alloc.h>
#include <uk/print.h>
#include <uk/plat/memory.h>
#include <uk/arch/lcpu.h>
#include "alloc_std.h"

static struct uk_alloc_std default_std;

/*
 * Every thread and interrupt-free context shares the default allocator,
 * and a thread can be preempted anywhere: masking interrupts is the lock
 * (one CPU).
 */
static unsigned long default_lock(struct uk_alloc *a __unused)
{
	return ukarch_irq_save();
}

static void default_unlock(struct uk_alloc *a __unused, unsigned long state)
{
	ukarch_irq_restore(state);
}

int uk_alloc_init_default(void)
{
	struct ukplat_memregion r;
	struct uk_alloc *a;
	int i, n = ukplat_memregion_count(), used = 0;

	if (uk_alloc_get_default())
		return -EBUSY;
	a = uk_alloc_std_init(&default_std);
	a->lock = default_lock;
	a->unlock = default_unlock;
	for (i = 0; i < n; i++) {
		if (ukplat_memregion_get(i, &r) < 0)
			continue;
		if (uk_alloc_std_add_region(&default_std, r.base, r.len) < 0) {
			uk_pr_debug("memory region %d (%zu bytes at 0x%lx) too "
				    "small, skipped\n",
				    i, r.len, (unsigned long)r.base);
			continue;
		}
		used++;
	}
	if (!used) {
		uk_pr_err("no usable memory region: no heap\n");
		return -ENOMEM;
	}
	uk_alloc_set_default(a);
	uk_pr_info("heap ready: %zu MiB in %d region%s\n",
		   uk_alloc_totalmem(a) / MiB, used, used == 1 ? "" : "s");
	return 0;
}

void uk_alloc_default_used(void (*fn)(void *arg, uintptr_t base, size_t len),
			   void *arg)
{
	if (uk_alloc_get_default() == &default_std.a)
		uk_pagealloc_used(&default_std.pa, fn, arg);
}
