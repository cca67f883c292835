/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The guest's own page tables, built from the PVH memory map (see
 * memlayout.h): RAM identity mapped with 2 MiB pages, except the 2 MiB
 * chunks holding the kernel, which get 4 KiB pages so that page 0 can stay
 * unmapped (NULL faults) and the kernel text can be read-only. The device
 * window below 4 GiB is mapped uncached. Tables come from a static pool.
 */
#include <uk/essentials.h>
#include <uk/plat/memory.h>
#include <uk/print.h>
#include <uk/asm/cpu.h>
#include "memlayout.h"
#include <kvm/memregion.h>
#include "x86_64.h"

#define PTE_P	 0x001UL
#define PTE_W	 0x002UL
#define PTE_PWT	 0x008UL
#define PTE_PCD	 0x010UL
#define PTE_PS	 0x080UL
#define PTE_ADDR 0x000ffffffffff000UL

#define PAGE	   0x1000UL
#define BIGPAGE	   0x200000UL
#define POOL_PAGES 64

typedef uint64_t pte_t;

static pte_t pool[POOL_PAGES][512] __aligned(PAGE);
static unsigned int pool_used;
static pte_t *pml4;

static pte_t *table_alloc(void)
{
	if (pool_used == POOL_PAGES)
		return NULL;
	return pool[pool_used++];
}

/* Return the table that entry @idx of @table points to, creating it. */
static pte_t *next_table(pte_t *table, unsigned int idx)
{
	pte_t *t;

	if (table[idx] & PTE_P)
		return (pte_t *)(table[idx] & PTE_ADDR);
	t = table_alloc();
	if (t)
		table[idx] = (uint64_t)t | PTE_P | PTE_W;
	return t;
}

/* Page directory covering @va (creating the PML4/PDPT levels on the way). */
static pte_t *pd_of(uintptr_t va)
{
	pte_t *pdpt = next_table(pml4, (va >> 39) & 511);

	return pdpt ? next_table(pdpt, (va >> 30) & 511) : NULL;
}

static int map_big(uintptr_t va, uint64_t flags)
{
	pte_t *pd = pd_of(va);

	if (!pd)
		return -1;
	if (!(pd[(va >> 21) & 511] & PTE_P))
		pd[(va >> 21) & 511] = va | PTE_P | PTE_PS | flags;
	return 0;
}

/* 4 KiB pages for the 2 MiB chunk at @chunk: page 0 absent, text read-only. */
static int map_small(uintptr_t chunk)
{
	pte_t *pd = pd_of(chunk);
	pte_t *pt = table_alloc();

	if (!pd || !pt)
		return -1;
	for (unsigned int i = 0; i < 512; i++) {
		uintptr_t pa = chunk + i * PAGE;
		uint64_t flags = PTE_P;

		if (pa == 0 || pa == (uintptr_t)boot_stack_guard)
			continue;
		if (pa < (uintptr_t)_text || pa >= (uintptr_t)_etext)
			flags |= PTE_W;
		pt[i] = pa | flags;
	}
	pd[(chunk >> 21) & 511] = (uint64_t)pt | PTE_P | PTE_W;
	return 0;
}

void x86_pagetable_init(void)
{
	uintptr_t kend = ALIGN_UP((uintptr_t)_end, BIGPAGE);
	struct ukplat_memregion r;
	int err = 0;

	kvm_mem_hole((uintptr_t)boot_stack_guard, PAGE);
	pml4 = table_alloc();
	for (uintptr_t c = 0; c < kend; c += BIGPAGE)
		err |= map_small(c);
	for (uintptr_t c = KVM_DEVICE_BASE; c < KVM_DEVICE_END; c += BIGPAGE)
		err |= map_big(c, PTE_W | PTE_PCD | PTE_PWT);
	/* Free regions all lie above the kernel; the kernel chunks are done. */
	for (int i = 0; !err && ukplat_memregion_get(i, &r) == 0; i++) {
		for (uintptr_t c = ALIGN_DOWN(r.base, BIGPAGE);
		     c < r.base + r.len; c += BIGPAGE) {
			if (map_big(c, PTE_W)) {
				/*
				 * Whatever has no mapping
				 * must not reach the allocator.
				 */
				kvm_memregion_reserve(c, UINTPTR_MAX - c);
				uk_pr_warn("page table pool exhausted: RAM "
					   "above %#lx unused\n",
					   c);
				err = 1;
				break;
			}
		}
	}
	x86_write_cr3((uintptr_t)pml4);
}
