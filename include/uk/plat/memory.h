/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Platform memory map: the RAM ranges the boot code found (PVH memory map
 * on x86_64, the device tree's memory node on arm64), with the kernel image,
 * boot stack and page tables already carved out. See <kvm/memlayout.h> for
 * where things live.
 */
#ifndef UK_PLAT_MEMORY_H
#define UK_PLAT_MEMORY_H

#include <uk/essentials.h>

struct ukplat_memregion {
	uintptr_t base;
	size_t len;
};

/* Number of free RAM regions handed to the allocators. */
int ukplat_memregion_count(void);

/* Fill @r with free region @i; return 0, or -1 when @i is out of range. */
int ukplat_memregion_get(int i, struct ukplat_memregion *r);

/* Total RAM size in bytes as reported by the firmware/hypervisor. */
size_t ukplat_mem_total(void);

/*
 * Unmap (@guard true) or map back (false) the 4 KiB page at @page in the
 * kernel's identity map, so that any access to it faults: stack guard
 * pages. Only RAM handed out by the allocators qualifies. A large mapping
 * around it is split on demand. ukplat_mem_mapped() says no for a guarded
 * page. Return 0, or -1 when @page is not such RAM or the page tables have
 * no room left.
 */
int ukplat_page_set_guard(uintptr_t page, bool guard);

#endif /* UK_PLAT_MEMORY_H */
