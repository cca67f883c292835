/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The crash screen's page table walk: which level of the faulting
 * address's walk was missing, or which right the mapping refused. The walk
 * reads only the tables, which lie in the kernel image.
 */
#include <uk/plat/pagetable.h>
#include <uk/ptview.h>
#include "crash_arch.h"
#include "crash_pt.h"

static void crash_out(void *arg __unused, const char *line)
{
	crash_line("  %s", line);
}

void crash_pt_fault(const struct ukarch_trapctx *ctx)
{
	static const char *const names[] = { "read", "write",
					     "instruction fetch" };
	struct ukplat_pt_walk w;
	enum crash_access access;
	uintptr_t addr;

	if (!crash_arch_fault(ctx, &addr, &access))
		return;
	crash_line("Page walk of %016lx (%s):", addr, names[access]);
	if (uk_pt_view_walk(addr, crash_out, NULL) < 0)
		return;
	ukplat_pt_walk(addr, &w);
	if (access == CRASH_WRITE && !(w.prot & UKPLAT_PT_W))
		crash_line("  refused: write to a read-only mapping");
	else if (access == CRASH_FETCH && !(w.prot & UKPLAT_PT_X))
		crash_line("  refused: instruction fetch from a "
			   "non-executable mapping");
}
