/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Reading the translation tables back from TTBR0_EL1 (4 KiB granule,
 * 39-bit addresses, levels 1 to 3: 1 GiB and 2 MiB blocks, 4 KiB pages),
 * for `pt`, `monitor pt` and the crash screen. Rights are EL1's: AP[2]
 * read-only, PXN not executable, with the tables' APTable[1] and
 * PXNTable applied on the way down. The memory type is the MAIR_EL1 slot
 * that AttrIndx names. A guard page (ukplat_page_set_guard) is a level-3
 * descriptor that keeps its frame with the valid bit clear.
 */
#include <stdio.h>
#include <string.h>
#include <uk/plat/pagetable.h>
#include <uk/asm/cpu.h>
#include <kvm/pagetable.h>

#define VA_BITS	      39
#define PTE_VALID     (1UL << 0)
#define PTE_TYPE      (1UL << 1) /* levels 1-2: table; level 3: page */
#define PTE_ATTR(e)   (((e) >> 2) & 7)
#define PTE_AP_EL0    (1UL << 6)
#define PTE_AP_RO     (1UL << 7)
#define PTE_SH(e)     (((e) >> 8) & 3)
#define PTE_AF	      (1UL << 10)
#define PTE_NG	      (1UL << 11)
#define PTE_PXN	      (1UL << 53)
#define PTE_UXN	      (1UL << 54)
#define TBL_PXN	      (1UL << 59)
#define TBL_AP_RO     (1UL << 62)
#define PTE_ADDR_MASK 0x0000fffffffff000UL

static const char *const level_names[] = { "L1", "L2", "L3" };

static const char *memtype(uint64_t e)
{
	unsigned int attr = (SYSREG_READ(mair_el1) >> (8 * PTE_ATTR(e))) & 0xff;

	switch (attr) {
	case 0x00:
		return "Device-nGnRnE";
	case 0x04:
		return "Device-nGnRE";
	case 0x44:
		return "Normal-NC";
	case 0xff:
		return "Normal-WB";
	default:
		return "Normal-other";
	}
}

static bool is_leaf(uint64_t e, unsigned int l)
{
	return l == 2 || !(e & PTE_TYPE);
}

static void decode(uint64_t e, unsigned int l, char *buf, size_t len)
{
	static const char *const sh[] = { "NSH", "SH?", "OSH", "ISH" };

	if (!(e & PTE_VALID)) {
		snprintf(buf, len, "invalid");
		return;
	}
	if (!is_leaf(e, l)) {
		snprintf(buf, len, "table%s%s",
			 e & TBL_AP_RO ? " APTable-RO" : "",
			 e & TBL_PXN ? " PXNTable" : "");
		return;
	}
	snprintf(buf, len, "%s Attr%lu %s %s%s%s%s%s%s",
		 l == 2 ? "page" : "block", PTE_ATTR(e), sh[PTE_SH(e)],
		 e & PTE_AP_RO ? "RO" : "RW", e & PTE_AP_EL0 ? " EL0" : "",
		 e & PTE_AF ? " AF" : "", e & PTE_NG ? " nG" : "",
		 e & PTE_PXN ? " PXN" : "", e & PTE_UXN ? " UXN" : "");
}

/* @prot less what entry @e at level @l takes away. */
static unsigned int prot_of(uint64_t e, unsigned int l, unsigned int prot)
{
	bool leaf = is_leaf(e, l);

	if (e & (leaf ? PTE_AP_RO : TBL_AP_RO))
		prot &= ~UKPLAT_PT_W;
	if (e & (leaf ? PTE_PXN : TBL_PXN))
		prot &= ~UKPLAT_PT_X;
	return prot;
}

static uint64_t *root(void)
{
	return (uint64_t *)(SYSREG_READ(ttbr0_el1) & PTE_ADDR_MASK);
}

int ukplat_pt_walk(uintptr_t va, struct ukplat_pt_walk *w)
{
	uint64_t *t = root();
	unsigned int prot = UKPLAT_PT_R | UKPLAT_PT_W | UKPLAT_PT_X;

	memset(w, 0, sizeof(*w));
	w->va = va;
	if (va >= 1UL << VA_BITS) {
		w->why = "beyond the 39-bit address space (T0SZ 25)";
		return -1;
	}
	for (unsigned int l = 0, shift = 30; l < 3; l++, shift -= 9) {
		struct ukplat_pt_level *lv = &w->lv[l];
		uint64_t e;

		lv->name = level_names[l];
		lv->idx = (va >> shift) & 511;
		lv->entry = (uintptr_t)&t[lv->idx];
		lv->value = e = t[lv->idx];
		decode(e, l, lv->flags, sizeof(lv->flags));
		w->nlevels = l + 1;
		if (!(e & PTE_VALID) || (l == 2 && !(e & PTE_TYPE))) {
			w->why =
			    l == 2 && (e & PTE_ADDR_MASK)
				? "guard page (frame kept, valid bit clear)"
				: "invalid descriptor";
			return -1;
		}
		if (is_leaf(e, l) && !(e & PTE_AF)) {
			w->why = "access flag clear";
			return -1;
		}
		prot = prot_of(e, l, prot);
		if (is_leaf(e, l)) {
			w->mapped = true;
			w->size = 1UL << shift;
			w->pa = (e & PTE_ADDR_MASK & ~(w->size - 1)) |
				(va & (w->size - 1));
			w->prot = prot;
			w->memtype = memtype(e);
			return 0;
		}
		t = (uint64_t *)(e & PTE_ADDR_MASK);
	}
	return -1;
}

static int leaves(uint64_t *t, unsigned int l, uintptr_t base,
		  unsigned int prot, kvm_pt_leaf_fn fn, void *arg)
{
	unsigned int shift = 30 - 9 * l;
	int rc;

	for (unsigned int i = 0; i < 512; i++) {
		uintptr_t va = base + ((uintptr_t)i << shift);
		uint64_t e = t[i];

		if (!(e & PTE_VALID) || (l == 2 && !(e & PTE_TYPE)))
			continue;
		if (is_leaf(e, l))
			rc = (e & PTE_AF)
				 ? fn(va, 1UL << shift, prot_of(e, l, prot),
				      memtype(e), arg)
				 : 0;
		else
			rc = leaves((uint64_t *)(e & PTE_ADDR_MASK), l + 1, va,
				    prot_of(e, l, prot), fn, arg);
		if (rc)
			return rc;
	}
	return 0;
}

int kvm_pt_leaves(kvm_pt_leaf_fn fn, void *arg)
{
	return leaves(root(), 0, 0, UKPLAT_PT_R | UKPLAT_PT_W | UKPLAT_PT_X, fn,
		      arg);
}
