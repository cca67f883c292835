/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Mappings as ranges: the architecture's leaves, adjacent ones with equal
 * rights and memory type merged (as QEMU's `info mem` merges them).
 */
#include <uk/plat/pagetable.h>
#include <kvm/pagetable.h>

struct merge {
	struct ukplat_pt_range cur;
	bool open;
	int (*fn)(const struct ukplat_pt_range *r, void *arg);
	void *arg;
};

static int leaf(uintptr_t va, size_t size, unsigned int prot,
		const char *memtype, void *arg)
{
	struct merge *m = arg;
	int rc;

	if (m->open && m->cur.end == va && m->cur.prot == prot &&
	    m->cur.memtype == memtype) {
		m->cur.end = va + size;
		return 0;
	}
	if (m->open && (rc = m->fn(&m->cur, m->arg)))
		return rc;
	m->cur = (struct ukplat_pt_range){ va, va + size, prot, memtype };
	m->open = true;
	return 0;
}

int ukplat_pt_map(int (*fn)(const struct ukplat_pt_range *r, void *arg),
		  void *arg)
{
	struct merge m = { .fn = fn, .arg = arg };
	int rc = kvm_pt_leaves(leaf, &m);

	if (rc)
		return rc;
	return m.open ? fn(&m.cur, arg) : 0;
}

void ukplat_pt_prot_str(unsigned int prot, char buf[4])
{
	buf[0] = prot & UKPLAT_PT_R ? 'r' : '-';
	buf[1] = prot & UKPLAT_PT_W ? 'w' : '-';
	buf[2] = prot & UKPLAT_PT_X ? 'x' : '-';
	buf[3] = '\0';
}
