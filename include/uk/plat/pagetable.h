/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The kernel's own page tables, read back: one address walked level by
 * level, or every mapping as merged ranges. The walk reads the live tables
 * (CR3 / TTBR0_EL1), so it shows what the MMU uses, and touches nothing
 * but the tables themselves (identity mapped): safe on the crash screen.
 */
#ifndef UK_PLAT_PAGETABLE_H
#define UK_PLAT_PAGETABLE_H

#include <uk/essentials.h>

#define UKPLAT_PT_LEVELS 4
#define UKPLAT_PT_R	 0x1
#define UKPLAT_PT_W	 0x2
#define UKPLAT_PT_X	 0x4

/* One level of a walk: the entry read and where it lies. */
struct ukplat_pt_level {
	const char *name; /* "PML4", "PDPT", "PD", "PT"; "L1", "L2", "L3" */
	unsigned int idx; /* index of the entry in its table */
	uintptr_t entry;  /* physical address of the entry */
	uint64_t value;	  /* the entry itself */
	char flags[64];	  /* its bits decoded, e.g. "P W PS", "AF RO UXN" */
};

struct ukplat_pt_walk {
	uintptr_t va;
	unsigned int nlevels; /* levels read, the last one stopped the walk */
	struct ukplat_pt_level lv[UKPLAT_PT_LEVELS];
	bool mapped;
	/* Mapped: the frame, the mapping's size, rights and memory type. */
	uintptr_t pa;
	size_t size;
	unsigned int prot; /* UKPLAT_PT_R | _W | _X */
	const char *memtype;
	/* Not mapped: why, e.g. "not present at PD", "guard page". */
	const char *why;
};

/* Walk the tables for @va into @w; return 0 if mapped, else -1. */
int ukplat_pt_walk(uintptr_t va, struct ukplat_pt_walk *w);

/* A run of mappings with the same rights and type, [start, end). */
struct ukplat_pt_range {
	uintptr_t start;
	uintptr_t end;
	unsigned int prot;
	const char *memtype;
};

/*
 * Call @fn for each mapped range in address order, adjacent mappings with
 * equal rights and type merged. Stop when @fn returns non-zero and return
 * that value; else return 0.
 */
int ukplat_pt_map(int (*fn)(const struct ukplat_pt_range *r, void *arg),
		  void *arg);

/* "r-x", "rw-", ... for @prot into @buf (4 bytes). */
void ukplat_pt_prot_str(unsigned int prot, char buf[4]);

#endif /* UK_PLAT_PAGETABLE_H */
