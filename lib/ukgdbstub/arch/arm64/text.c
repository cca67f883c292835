/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Writing code on arm64: the kernel text is mapped read-only (and the
 * permission is in the translation tables, with no CR0.WP-like switch to
 * override it at EL1). For each page written, the stub walks the live
 * tables (TTBR0_EL1, 4 KiB granule, identity mapped so table addresses are
 * usable as they are), clears AP[2] in the page or block descriptor,
 * invalidates that TLB entry, copies through nofault, and puts the
 * descriptor back. Changing only the permission needs no break-before-make.
 * Then the new bytes are made visible to instruction fetch: clean the
 * D-cache lines to the point of unification, invalidate the I-cache lines,
 * barriers. Interrupts are masked, so nothing else runs meanwhile.
 */
#include <uk/asm/cpu.h>
#include <uk/nofault.h>
#include "../gdbstub_arch.h"

#define PAGE_SIZE     4096UL
#define PTE_VALID     (1UL << 0)
#define PTE_TABLE     (1UL << 1) /* levels 0-2: table, else block */
#define PTE_AP_RO     (1UL << 7)
#define PTE_ADDR_MASK 0x0000fffffffff000UL
#define TCR_T0SZ(tcr) ((tcr)&0x3f)
#define TCR_TG0(tcr)  (((tcr) >> 14) & 3)
#define TG0_4K	      0

/* The descriptor (page or block) that maps @va, or NULL when none does. */
static uint64_t *leaf_of(uintptr_t va)
{
	uint64_t tcr = SYSREG_READ(tcr_el1);
	unsigned int va_bits = 64 - TCR_T0SZ(tcr);
	unsigned int level = va_bits > 39 ? 0 : va_bits > 30 ? 1 : 2;
	uint64_t *table = (uint64_t *)(SYSREG_READ(ttbr0_el1) & PTE_ADDR_MASK);

	if (TCR_TG0(tcr) != TG0_4K || va_bits > 48 || (va >> va_bits))
		return NULL;
	for (;; level++) {
		unsigned int shift = 12 + 9 * (3 - level);
		uint64_t *e = &table[(va >> shift) % 512];

		if (!(*e & PTE_VALID))
			return NULL;
		if (level == 3)
			return (*e & PTE_TABLE) ? e : NULL;
		if (!(*e & PTE_TABLE))
			return e;
		table = (uint64_t *)(*e & PTE_ADDR_MASK);
	}
}

/*
 * The local TLBI suffices (this kernel runs on one CPU) and is the cheap
 * one: under TCG the broadcast form stops every vCPU, which doubled the
 * cost of placing a breakpoint.
 */
static void pte_set(uint64_t *e, uint64_t v, uintptr_t va)
{
	*e = v;
	__asm__ __volatile__("dsb ishst\n\ttlbi vaae1, %0\n\tdsb ish\n\tisb"
			     :
			     : "r"(va >> 12)
			     : "memory");
}

/* Make [addr, addr + len) of new code visible to instruction fetch. */
static void sync_icache(uintptr_t addr, size_t len)
{
	uint64_t ctr = SYSREG_READ(ctr_el0);
	uintptr_t dline = 4UL << ((ctr >> 16) & 0xf),
		  iline = 4UL << (ctr & 0xf);
	uintptr_t end = addr + len;

	for (uintptr_t p = addr & ~(dline - 1); p < end; p += dline)
		__asm__ __volatile__("dc cvau, %0" : : "r"(p) : "memory");
	dsb(ish);
	for (uintptr_t p = addr & ~(iline - 1); p < end; p += iline)
		__asm__ __volatile__("ic ivau, %0" : : "r"(p) : "memory");
	dsb(ish);
	isb();
}

size_t gdb_arch_text_write(uintptr_t addr, const void *buf, size_t len)
{
	const uint8_t *src = buf;
	size_t done = 0;

	while (done < len) {
		uintptr_t a = addr + done;
		size_t n = MIN(len - done, PAGE_SIZE - (a & (PAGE_SIZE - 1)));
		uint64_t *e = leaf_of(a);
		uint64_t old;
		size_t w;

		if (!e)
			break;
		old = *e;
		if (old & PTE_AP_RO)
			pte_set(e, old & ~PTE_AP_RO, a);
		w = uk_nofault_memcpy((void *)a, src + done, n,
				      UK_NOFAULT_NOREPORT);
		if (old & PTE_AP_RO)
			pte_set(e, old, a);
		if (w)
			sync_icache(a, w);
		done += w;
		if (w < n)
			break;
	}
	return done;
}
