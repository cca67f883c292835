/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Free-RAM list built during boot (see <kvm/memregion.h>). Regions are kept
 * sorted and disjoint; reserving a range may split one region in two.
 */
#include <kvm/memregion.h>
#include <uk/plat/memory.h>
#include <uk/plat/trap.h>

#define PAGE 4096UL

static struct ukplat_memregion regions[KVM_MEMREGION_MAX];
static int nregions;
static size_t mem_total;

/* All RAM as mapped (before reservations). */
static struct ukplat_memregion ram[KVM_MEMREGION_MAX];
static int nram;

static void insert_at(int i, uintptr_t base, size_t len)
{
	if (nregions == KVM_MEMREGION_MAX || len == 0)
		return;
	for (int j = nregions; j > i; j--)
		regions[j] = regions[j - 1];
	regions[i].base = base;
	regions[i].len = len;
	nregions++;
}

static void remove_at(int i)
{
	for (int j = i; j < nregions - 1; j++)
		regions[j] = regions[j + 1];
	nregions--;
}

void kvm_memregion_add(uintptr_t base, size_t len)
{
	uintptr_t start = ALIGN_UP(base, PAGE);
	uintptr_t end = ALIGN_DOWN(base + len, PAGE);
	int i = 0;

	if (end <= start)
		return;
	if (nram < KVM_MEMREGION_MAX)
		ram[nram++] = (struct ukplat_memregion){ start, end - start };
	while (i < nregions && regions[i].base < start)
		i++;
	insert_at(i, start, end - start);
}

void kvm_memregion_reserve(uintptr_t base, size_t len)
{
	uintptr_t rs = ALIGN_DOWN(base, PAGE);
	uintptr_t re = ALIGN_UP(base + len, PAGE);

	for (int i = 0; i < nregions; i++) {
		uintptr_t s = regions[i].base;
		uintptr_t e = s + regions[i].len;

		if (re <= s || rs >= e)
			continue;
		remove_at(i);
		if (re < e)
			insert_at(i, re, e - re);
		if (rs > s)
			insert_at(i, s, rs - s);
		i = -1; /* the list changed under us: rescan */
	}
}

bool kvm_memregion_contains(uintptr_t base, size_t len)
{
	for (int i = 0; i < nregions; i++)
		if (base >= regions[i].base &&
		    base + len <= regions[i].base + regions[i].len)
			return true;
	return false;
}

/*
 * RAM only, never device memory, even where it is mapped: reading a
 * register can have side effects. Within RAM the page tables decide,
 * so page 0, the boot stack's guard page and every page
 * ukplat_page_set_guard() took away read as unmapped without a list.
 */
bool ukplat_mem_mapped(uintptr_t addr, size_t len)
{
	uintptr_t end = addr + len;
	bool in_ram = false;

	if (end < addr)
		return false;
	for (int i = 0; i < nram; i++)
		if (addr >= ram[i].base && end <= ram[i].base + ram[i].len)
			in_ram = true;
	if (!in_ram)
		return false;
	for (uintptr_t p = ALIGN_DOWN(addr, PAGE); p < end; p += PAGE)
		if (!kvm_page_mapped(p))
			return false;
	return true;
}

void kvm_mem_total_set(size_t bytes)
{
	mem_total = bytes;
}

int ukplat_memregion_count(void)
{
	return nregions;
}

int ukplat_memregion_get(int i, struct ukplat_memregion *r)
{
	if (i < 0 || i >= nregions)
		return -1;
	*r = regions[i];
	return 0;
}

size_t ukplat_mem_total(void)
{
	return mem_total;
}
