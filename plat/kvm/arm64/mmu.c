/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The identity map and the switch to it (4 KiB granule, 39-bit addresses,
 * translation starting at level 1). See memlayout.h for what is mapped how:
 * the flash window below KVM_DEVICE_BASE (and with it address 0) is left
 * out, the device window is Device-nGnRE and never executable, RAM is
 * Normal write-back; the kernel text is read-only and the only executable
 * range; the guard page below the boot stack stays unmapped. Runs with the
 * MMU off, hence -mstrict-align. Tables come from a small pool in .bss,
 * which entry.S zeroed.
 *
 * Later, with the MMU on, guard pages (ukplat_page_set_guard) split the
 * 2 MiB block around them into 4 KiB pages, once, with a level-3 table
 * from a pool of their own (a 1 GiB block, with more than 2 GiB of RAM,
 * takes a level-2 table first): SPLIT_PAGES tables cover 128 MiB of RAM
 * holding guard pages, e.g. a thousand 16 KiB thread stacks with their
 * guards (20 MiB) wherever the allocator put them in 40 MiB, for 256 KiB
 * of .bss. A guarded page keeps its descriptor with the valid bit clear,
 * so unguarding restores its attributes.
 */
#include <uk/arch/lcpu.h>
#include <uk/asm/cpu.h>
#include <uk/plat/memory.h>
#include <kvm/memregion.h>
#include "arm64.h"
#include "memlayout.h"

#define PAGE_SIZE     4096UL
#define PT_ENTRIES    512
#define PT_POOL_PAGES 16 /* root + device L2 + RAM L2s + kernel L3s */
#define SPLIT_PAGES   64
#define VA_BITS	      39

/* Descriptor bits (Arm ARM D8.3). */
#define PTE_VALID     (1UL << 0)
#define PTE_TABLE     (3UL << 0) /* levels 1-2: next-level table */
#define PTE_BLOCK     (1UL << 0) /* levels 1-2: block */
#define PTE_PAGE      (3UL << 0) /* level 3: page */
#define PTE_ATTR(i)   ((uint64_t)(i) << 2)
#define PTE_AP_RO     (1UL << 7)
#define PTE_SH_INNER  (3UL << 8)
#define PTE_AF	      (1UL << 10)
#define PTE_PXN	      (1UL << 53)
#define PTE_UXN	      (1UL << 54)
#define PTE_ADDR_MASK 0x0000fffffffff000UL

/* MAIR_EL1 slots. */
#define MT_DEVICE_nGnRnE 0
#define MT_DEVICE_nGnRE	 1
#define MT_NORMAL	 2
#define MT_NORMAL_NC	 3
#define MAIR_VALUE                                                             \
	(0x00UL << (8 * MT_DEVICE_nGnRnE) | 0x04UL << (8 * MT_DEVICE_nGnRE) |  \
	 0xffUL << (8 * MT_NORMAL) | 0x44UL << (8 * MT_NORMAL_NC))

/* Nothing is accessible from EL0 (AP[1] clear) nor executable there. */
#define PROT_DEVICE (PTE_AF | PTE_ATTR(MT_DEVICE_nGnRE) | PTE_PXN | PTE_UXN)
#define PROT_RW                                                                \
	(PTE_AF | PTE_ATTR(MT_NORMAL) | PTE_SH_INNER | PTE_PXN | PTE_UXN)
#define PROT_RO (PROT_RW | PTE_AP_RO)
#define PROT_RX                                                                \
	(PTE_AF | PTE_ATTR(MT_NORMAL) | PTE_SH_INNER | PTE_AP_RO | PTE_UXN)

/* TCR_EL1: walks of TTBR0 are inner-shareable write-back; TTBR1 is off. */
#define TCR_T0SZ       (64 - VA_BITS)
#define TCR_IRGN0_WBWA (1UL << 8)
#define TCR_ORGN0_WBWA (1UL << 10)
#define TCR_SH0_INNER  (3UL << 12)
#define TCR_TG0_4K     (0UL << 14)
#define TCR_T1SZ       ((uint64_t)(64 - VA_BITS) << 16)
#define TCR_EPD1       (1UL << 23)
#define TCR_TG1_4K     (2UL << 30)
#define TCR_IPS_SHIFT  32

#define SCTLR_M	  (1UL << 0)
#define SCTLR_A	  (1UL << 1)
#define SCTLR_C	  (1UL << 2)
#define SCTLR_SA  (1UL << 3)
#define SCTLR_I	  (1UL << 12)
#define SCTLR_WXN (1UL << 19)
#define SCTLR_EE  (1UL << 25)

static uint64_t pt_pool[PT_POOL_PAGES][PT_ENTRIES] __aligned(PAGE_SIZE);
static unsigned int pt_used = 1; /* pt_pool[0] is the level-1 root */
/* Not zeroed at boot: a split writes every entry of the table it takes. */
static uint64_t
    split_pool[SPLIT_PAGES][PT_ENTRIES] __aligned(PAGE_SIZE) __noinit;
static unsigned int split_used;

/* No console yet that is safe to use: stop where a debugger can see it. */
static __noreturn void mmu_fail(void)
{
	for (;;)
		__asm__ __volatile__("wfe");
}

/*
 * Map the largest aligned block that starts at @va and fits below @end,
 * creating intermediate tables as needed; return the size mapped. Ranges
 * must not overlap: an existing block is never split.
 */
static uint64_t map_one(uint64_t va, uint64_t end, uint64_t prot)
{
	uint64_t *table = pt_pool[0];

	for (unsigned int shift = 30;; shift -= 9) {
		uint64_t size = 1UL << shift;
		uint64_t *e = &table[(va >> shift) % PT_ENTRIES];

		if (shift == 12) {
			*e = va | prot | PTE_PAGE;
			return size;
		}
		if (*e == 0 && va % size == 0 && end - va >= size) {
			*e = va | prot | PTE_BLOCK;
			return size;
		}
		if (*e == 0) {
			if (pt_used == PT_POOL_PAGES)
				mmu_fail();
			*e = (uint64_t)pt_pool[pt_used++] | PTE_TABLE;
		} else if ((*e & PTE_TABLE) != PTE_TABLE) {
			mmu_fail();
		}
		table = (uint64_t *)(*e & PTE_ADDR_MASK);
	}
}

static void map_range(uint64_t start, uint64_t end, uint64_t prot)
{
	start &= ~(PAGE_SIZE - 1);
	end = (end + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
	while (start < end)
		start += map_one(start, end, prot);
}

/*
 * The widest physical address size TCR may claim:
 * PARange, capped at 48 bits.
 */
static uint64_t tcr_ips(void)
{
	uint64_t parange = SYSREG_READ(id_aa64mmfr0_el1) & 0xf;

	return parange > 5 ? 5 : parange;
}

static void mmu_enable(void)
{
	uint64_t tcr, sctlr;

	/* Tables were written with caches off: drop any stale lines first. */
	for (uintptr_t p = (uintptr_t)pt_pool;
	     p < (uintptr_t)(pt_pool + pt_used); p += 64)
		__asm__ __volatile__("dc civac, %0" : : "r"(p) : "memory");
	dsb(sy);

	tcr = TCR_T0SZ | TCR_IRGN0_WBWA | TCR_ORGN0_WBWA | TCR_SH0_INNER |
	      TCR_TG0_4K | TCR_T1SZ | TCR_EPD1 | TCR_TG1_4K |
	      tcr_ips() << TCR_IPS_SHIFT;
	SYSREG_WRITE(mair_el1, MAIR_VALUE);
	SYSREG_WRITE(tcr_el1, tcr);
	SYSREG_WRITE(ttbr0_el1, (uint64_t)pt_pool[0]);
	isb();
	__asm__ __volatile__(
	    "tlbi vmalle1\n\tdsb ish\n\tic iallu\n\tdsb ish\n\tisb"
	    :
	    :
	    : "memory");

	/*
	 * Data alignment checks off: C code may do unaligned accesses to RAM.
	 * SP alignment checks on: a misaligned SP is always a bug, better
	 * caught at the first access through it.
	 */
	sctlr = SYSREG_READ(sctlr_el1);
	sctlr |= SCTLR_M | SCTLR_C | SCTLR_I | SCTLR_SA;
	sctlr &= ~(SCTLR_A | SCTLR_WXN | SCTLR_EE);
	SYSREG_WRITE(sctlr_el1, sctlr);
	isb();
}

void arm64_mmu_init(void)
{
	uint64_t ram_base, ram_size, ram_end;

	arm64_ram_get(&ram_base, &ram_size);
	ram_end = ram_base + ram_size;
	if (ram_end > (1UL << VA_BITS))
		ram_end = 1UL << VA_BITS;

	map_range(KVM_DEVICE_BASE, KVM_DEVICE_END, PROT_DEVICE);
	map_range(ram_base, (uintptr_t)_text, PROT_RW);
	map_range((uintptr_t)_text, (uintptr_t)_rodata, PROT_RX);
	map_range((uintptr_t)_rodata, (uintptr_t)_etext, PROT_RO);
	map_range((uintptr_t)_etext, (uintptr_t)arm64_boot_stack_guard,
		  PROT_RW);
	map_range((uintptr_t)arm64_boot_stack, ram_end, PROT_RW);
	mmu_enable();
}

/*
 * The descriptor that maps @va, or the invalid one that stops the walk;
 * *level is 1, 2 or 3.
 */
static uint64_t *entry_of(uintptr_t va, unsigned int *level)
{
	uint64_t *table = pt_pool[0];

	for (unsigned int shift = 30;; shift -= 9) {
		uint64_t *e = &table[(va >> shift) % PT_ENTRIES];

		*level = (39 - shift) / 9;
		if (shift == 12 || (*e & PTE_TABLE) != PTE_TABLE)
			return e;
		table = (uint64_t *)(*e & PTE_ADDR_MASK);
	}
}

bool kvm_page_mapped(uintptr_t va)
{
	unsigned int level;

	if (va >= 1UL << VA_BITS)
		return false;
	return *entry_of(va, &level) & PTE_VALID;
}

static void tlb_flush_page(uintptr_t va)
{
	__asm__ __volatile__("dsb ishst\n\ttlbi vae1is, %0\n\tdsb ish\n\tisb"
			     :
			     : "r"(va >> 12)
			     : "memory");
}

/*
 * Replace the block @e (at @level, 1 or 2) that maps @va by a table of
 * the next level mapping the same frames with the same attributes.
 * Break-before-make: the block is invalidated and flushed from the TLB
 * before the table goes in, so no TLB holds both (a TLB conflict abort
 * otherwise). Nothing in between touches memory but the descriptor
 * itself, which lies in .bss, outside any block: the caller's stack may
 * well be in the block.
 */
static int split(uint64_t *e, unsigned int level, uintptr_t va)
{
	uint64_t attrs = *e & ~PTE_ADDR_MASK & ~PTE_TABLE;
	uint64_t base = *e & PTE_ADDR_MASK;
	uint64_t step = 1UL << (39 - 9 * (level + 1));
	uint64_t type = level + 1 == 3 ? PTE_PAGE : PTE_BLOCK;
	uint64_t *t;

	if (split_used == SPLIT_PAGES)
		return -1;
	t = split_pool[split_used++];
	for (unsigned int i = 0; i < PT_ENTRIES; i++)
		t[i] = (base + i * step) | attrs | type;
	__asm__ __volatile__("dsb ishst\n\t"
			     "str xzr, [%0]\n\t"
			     "dsb ishst\n\t"
			     "tlbi vae1is, %1\n\t"
			     "dsb ish\n\t"
			     "str %2, [%0]\n\t"
			     "dsb ishst\n\t"
			     "isb"
			     :
			     : "r"(e), "r"(va >> 12),
			       "r"((uint64_t)t | PTE_TABLE)
			     : "memory");
	return 0;
}

int ukplat_page_set_guard(uintptr_t page, bool guard)
{
	unsigned long irqs;
	unsigned int level;
	uint64_t *e;
	int ret = 0;

	if (page % PAGE_SIZE || !kvm_memregion_contains(page, PAGE_SIZE))
		return -1;
	irqs = ukarch_irq_save();
	e = entry_of(page, &level);
	if (level < 3 && (*e & PTE_VALID) && !guard)
		goto out; /* never split: mapped */
	while (level < 3 && (*e & PTE_VALID)) {
		if (split(e, level, page) < 0) {
			ret = -1;
			goto out;
		}
		e = entry_of(page, &level);
	}
	if (level != 3) {
		ret = -1;
		goto out;
	}
	*e = guard ? *e & ~PTE_VALID : *e | PTE_VALID;
	tlb_flush_page(page);
out:
	ukarch_irq_restore(irqs);
	return ret;
}
