/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The memory map the debugger gets (qXfer:memory-map:read): the kernel's
 * mappings as its page tables hold them, RAM and devices alike, with gaps
 * under MERGE_GAP closed. Such gaps are stack guard pages, which come and
 * go with threads while gdb keeps the map it read when it connected; the
 * stub answers an access to one itself (E03), as to any address that
 * faults. What stays outside (page 0, the address space past the
 * mappings) gdb refuses without a round trip.
 */
#include <uk/plat/pagetable.h>
#include "glue.h"

#define MERGE_GAP (64 * 1024)

struct map_walk {
	void (*fn)(void *arg, uint64_t start, uint64_t len);
	void *arg;
	uintptr_t start, end;
	bool open;
};

static int range(const struct ukplat_pt_range *r, void *arg)
{
	struct map_walk *m = arg;

	if (m->open && r->start - m->end < MERGE_GAP) {
		m->end = r->end;
		return 0;
	}
	if (m->open)
		m->fn(m->arg, m->start, m->end - m->start);
	m->start = r->start;
	m->end = r->end;
	m->open = true;
	return 0;
}

void gdb_glue_memory_map(void *ctx __unused,
			 void (*fn)(void *arg, uint64_t start, uint64_t len),
			 void *arg)
{
	struct map_walk m = { .fn = fn, .arg = arg };

	ukplat_pt_map(range, &m);
	if (m.open)
		fn(arg, m.start, m.end - m.start);
}
