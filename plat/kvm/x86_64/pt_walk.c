/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Reading the 4-level tables back (PML4, PDPT, PD, PT; 2 MiB pages in the
 * PD, 4 KiB pages in the PT) from CR3, for `pt`, `monitor pt` and the
 * crash screen. Rights are what every level allows together. The memory
 * type comes from PCD/PWT with the reset PAT (the PAT bit is never set).
 * A guard page (ukplat_page_set_guard) is a PT entry that keeps its frame
 * with the present bit clear.
 */
#include <stdio.h>
#include <string.h>
#include <uk/plat/pagetable.h>
#include <uk/asm/cpu.h>
#include <kvm/pagetable.h>

#define PTE_P	 0x001UL
#define PTE_W	 0x002UL
#define PTE_U	 0x004UL
#define PTE_PWT	 0x008UL
#define PTE_PCD	 0x010UL
#define PTE_A	 0x020UL
#define PTE_D	 0x040UL
#define PTE_PS	 0x080UL
#define PTE_G	 0x100UL
#define PTE_NX	 (1UL << 63)
#define PTE_ADDR 0x000ffffffffff000UL
#define VA_LIMIT (1UL << 47)

typedef uint64_t pte_t;

static const char *const level_names[] = { "PML4", "PDPT", "PD", "PT" };

static const char *memtype(pte_t e)
{
	static const char *const types[] = { "WB", "WT", "UC-", "UC" };

	return types[(e & PTE_PWT ? 1 : 0) | (e & PTE_PCD ? 2 : 0)];
}

static void decode(pte_t e, char *buf, size_t len)
{
	static const struct {
		pte_t bit;
		const char *name;
	} bits[] = { { PTE_P, "P" },	 { PTE_W, "W" },     { PTE_U, "U" },
		     { PTE_PWT, "PWT" }, { PTE_PCD, "PCD" }, { PTE_A, "A" },
		     { PTE_D, "D" },	 { PTE_PS, "PS" },   { PTE_G, "G" },
		     { PTE_NX, "NX" } };
	size_t n = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < ARRAY_SIZE(bits) && n < len; i++)
		if (e & bits[i].bit)
			n += snprintf(buf + n, len - n, "%s%s", n ? " " : "",
				      bits[i].name);
}

int ukplat_pt_walk(uintptr_t va, struct ukplat_pt_walk *w)
{
	pte_t *t = (pte_t *)(x86_read_cr3() & PTE_ADDR);
	unsigned int prot = UKPLAT_PT_R | UKPLAT_PT_W | UKPLAT_PT_X;

	memset(w, 0, sizeof(*w));
	w->va = va;
	if (va >= VA_LIMIT) {
		w->why = "beyond the 47-bit identity map";
		return -1;
	}
	for (unsigned int l = 0, shift = 39; l < 4; l++, shift -= 9) {
		struct ukplat_pt_level *lv = &w->lv[l];
		pte_t e;

		lv->name = level_names[l];
		lv->idx = (va >> shift) & 511;
		lv->entry = (uintptr_t)&t[lv->idx];
		lv->value = e = t[lv->idx];
		decode(e, lv->flags, sizeof(lv->flags));
		w->nlevels = l + 1;
		if (!(e & PTE_P)) {
			w->why = l == 3 && (e & PTE_ADDR)
				     ? "guard page (frame kept, P clear)"
				     : "not present";
			return -1;
		}
		if (!(e & PTE_W))
			prot &= ~UKPLAT_PT_W;
		if (e & PTE_NX)
			prot &= ~UKPLAT_PT_X;
		if (l == 3 || (l > 0 && (e & PTE_PS))) {
			w->mapped = true;
			w->size = 1UL << shift;
			w->pa = (e & PTE_ADDR & ~(w->size - 1)) |
				(va & (w->size - 1));
			w->prot = prot;
			w->memtype = memtype(e);
			return 0;
		}
		t = (pte_t *)(e & PTE_ADDR);
	}
	return -1;
}

static int leaves(pte_t *t, unsigned int l, uintptr_t base, unsigned int prot,
		  kvm_pt_leaf_fn fn, void *arg)
{
	unsigned int shift = 39 - 9 * l;
	int rc;

	for (unsigned int i = 0; i < 512; i++) {
		uintptr_t va = base + ((uintptr_t)i << shift);
		unsigned int p = prot;
		pte_t e = t[i];

		if (!(e & PTE_P))
			continue;
		if (!(e & PTE_W))
			p &= ~UKPLAT_PT_W;
		if (e & PTE_NX)
			p &= ~UKPLAT_PT_X;
		if (l == 3 || (l > 0 && (e & PTE_PS)))
			rc = fn(va, 1UL << shift, p, memtype(e), arg);
		else
			rc = leaves((pte_t *)(e & PTE_ADDR), l + 1, va, p, fn,
				    arg);
		if (rc)
			return rc;
	}
	return 0;
}

int kvm_pt_leaves(kvm_pt_leaf_fn fn, void *arg)
{
	/* The lower half only: the identity map never reaches past 2^47. */
	return leaves((pte_t *)(x86_read_cr3() & PTE_ADDR), 0, 0,
		      UKPLAT_PT_R | UKPLAT_PT_W | UKPLAT_PT_X, fn, arg);
}
