/* SPDX-License-Identifier: BSD-3-Clause */
/* The hvm_start_info structure QEMU passes to the PVH entry (version 1). */
#ifndef KVM_X86_64_PVH_H
#define KVM_X86_64_PVH_H

#include <uk/essentials.h>

#define PVH_START_MAGIC 0x336ec578
#define PVH_MEMMAP_RAM	1

struct hvm_start_info {
	uint32_t magic;
	uint32_t version;
	uint32_t flags;
	uint32_t nr_modules;
	uint64_t modlist_paddr;
	uint64_t cmdline_paddr;
	uint64_t rsdp_paddr;
	uint64_t memmap_paddr;
	uint32_t memmap_entries;
	uint32_t reserved;
};

struct hvm_memmap_entry {
	uint64_t addr;
	uint64_t size;
	uint32_t type;
	uint32_t reserved;
};

#endif /* KVM_X86_64_PVH_H */
