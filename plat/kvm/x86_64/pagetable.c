/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The guest's own page tables, built from the PVH memory map (see
 * memlayout.h): RAM identity mapped with 2 MiB pages, except the 2 MiB
 * chunks holding the kernel, which get 4 KiB pages so that page 0 can stay
 * unmapped (NULL faults) and the kernel text can be read-only. The device
 * window below 4 GiB is mapped uncached. Tables come from a static pool.
 *
 * Guard pages (ukplat_page_set_guard) split the 2 MiB page around them
 * into 4 KiB pages, once, with a table from a pool of their own:
 * SPLIT_PAGES tables cover 128 MiB of RAM holding guard pages, e.g. a
 * thousand 16 KiB thread stacks with their guards (20 MiB) wherever the
 * allocator put them in 40 MiB, for 256 KiB of .bss.
 */
#include <uk/essentials.h>
#include <uk/plat/memory.h>
#include <uk/print.h>
#include <uk/arch/lcpu.h>
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

#define PAGE	    0x1000UL
#define BIGPAGE	    0x200000UL
#define POOL_PAGES  64
#define SPLIT_PAGES 64

typedef uint64_t pte_t;

static pte_t pool[POOL_PAGES][512] __aligned(PAGE);
static unsigned int pool_used;
/* Not zeroed at boot: a split writes every entry of the table it takes. */
static pte_t split_pool[SPLIT_PAGES][512] __aligned(PAGE) __noinit;
static unsigned int split_used;
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

/* The live tables, so that this works before x86_pagetable_init too. */
static pte_t *entry_of(uintptr_t va, unsigned int *level)
{
	pte_t *t = (pte_t *)(x86_read_cr3() & PTE_ADDR);

	for (unsigned int shift = 39;; shift -= 9) {
		pte_t *e = &t[(va >> shift) & 511];

		*level = (shift - 12) / 9;
		if (!(*e & PTE_P) || shift == 12 || (*e & PTE_PS))
			return e;
		t = (pte_t *)(*e & PTE_ADDR);
	}
}

bool kvm_page_mapped(uintptr_t va)
{
	unsigned int level;

	if (va >= 1UL << 47)
		return false; /* non-canonical or beyond the identity map */
	return *entry_of(va, &level) & PTE_P;
}

/*
 * Replace the 2 MiB page @pde by a table of 4 KiB pages mapping the same
 * frames with the same attributes (PAT moves from bit 12 to bit 7, and is
 * never set here), so no TLB entry becomes wrong by it.
 */
static int split(pte_t *pde)
{
	uint64_t flags = *pde & ~(PTE_ADDR | PTE_PS);
	uintptr_t base = *pde & PTE_ADDR;
	pte_t *pt;

	if (split_used == SPLIT_PAGES)
		return -1;
	pt = split_pool[split_used++];
	for (unsigned int i = 0; i < 512; i++)
		pt[i] = (base + i * PAGE) | flags;
	*pde = (uint64_t)pt | PTE_P | PTE_W;
	return 0;
}

int ukplat_page_set_guard(uintptr_t page, bool guard)
{
	unsigned long irqs;
	unsigned int level;
	pte_t *e;
	int ret = 0;

	if (page % PAGE || !kvm_memregion_contains(page, PAGE))
		return -1;
	irqs = ukarch_irq_save();
	e = entry_of(page, &level);
	if (level == 1 && (*e & PTE_PS)) {
		if (!guard)
			goto out; /* never split: mapped */
		if (split(e) < 0) {
			ret = -1;
			goto out;
		}
		e = entry_of(page, &level);
	}
	if (level != 0) {
		ret = -1;
		goto out;
	}
	*e = guard ? *e & ~PTE_P : *e | PTE_P;
	x86_invlpg(page);
out:
	ukarch_irq_restore(irqs);
	return ret;
}
