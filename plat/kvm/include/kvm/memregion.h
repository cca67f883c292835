/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Boot-time bookkeeping of free RAM, shared by both architectures: the
 * platform adds the RAM ranges the firmware reports and then reserves what
 * it uses (kernel image, boot tables). ukplat_memregion_* read the result.
 */
#ifndef KVM_MEMREGION_H
#define KVM_MEMREGION_H

#include <uk/essentials.h>

#define KVM_MEMREGION_MAX 16

/* Record [base, base + len) as RAM (trimmed to whole pages). */
void kvm_memregion_add(uintptr_t base, size_t len);

/* Remove [base, base + len) from the free RAM (rounded out to pages). */
void kvm_memregion_reserve(uintptr_t base, size_t len);

/*
 * Whether [base, base + len) lies within the free RAM handed to the
 * allocators (after the reservations).
 */
bool kvm_memregion_contains(uintptr_t base, size_t len);

/*
 * Provided by each architecture's page table code: whether the page at
 * @va is mapped (a walk of the live tables).
 */
bool kvm_page_mapped(uintptr_t va);

/* Set the RAM size shown in the banner and by ukplat_mem_total(). */
void kvm_mem_total_set(size_t bytes);

#endif /* KVM_MEMREGION_H */
