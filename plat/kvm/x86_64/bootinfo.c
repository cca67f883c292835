/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What PVH hands over: the command line and the memory map. Both live in
 * low RAM the guest may later reuse, so they are copied (command line) or
 * consumed (memory map) right away.
 */
#include <uk/plat/bootinfo.h>
#include <kvm/memregion.h>
#include <uk/asm/io.h>
#include <string.h>
#include "pvh.h"
#include "memlayout.h"
#include "x86_64.h"

#define PCI_CONFIG_ADDR 0xcf8

static char cmdline[1024];
static const char *machine = "x86_64";

const char *ukplat_cmdline(void)
{
	return cmdline;
}

const char *ukplat_machine_name(void)
{
	return machine;
}

/*
 * QEMU's microvm appends "virtio_mmio.device=<size>@<addr>:<irq>" for each
 * device (with acpi=off) after whatever the user gave, so after a "--"
 * they would reach main(). The devices are found by scanning the slots:
 * the words are dropped.
 */
static void drop_virtio_mmio_words(char *line)
{
	static const char word[] = "virtio_mmio.device=";
	char *s = line, *d = line;

	for (;;) {
		char *w;

		while (*s == ' ')
			s++;
		if (!*s)
			break;
		w = s;
		while (*s && *s != ' ')
			s++;
		if (strncmp(w, word, sizeof(word) - 1) == 0)
			continue;
		if (d != line)
			*d++ = ' ';
		memmove(d, w, (size_t)(s - w));
		d += s - w;
	}
	*d = '\0';
}

/*
 * `pc` has a PCI host bridge whose address register reads back;
 * microvm has none.
 */
static bool has_pci(void)
{
	outl(PCI_CONFIG_ADDR, 0x80000000);
	return inl(PCI_CONFIG_ADDR) == 0x80000000;
}

void x86_bootinfo_init(uint32_t pvh_pa)
{
	const struct hvm_start_info *si = (const void *)(uintptr_t)pvh_pa;
	const struct hvm_memmap_entry *mm;
	size_t total = 0;

	machine = has_pci() ? "x86_64 pc" : "x86_64 microvm";
	if (!si || si->magic != PVH_START_MAGIC)
		return;
	if (si->cmdline_paddr)
		strncpy(cmdline, (const char *)(uintptr_t)si->cmdline_paddr,
			sizeof(cmdline) - 1);
	drop_virtio_mmio_words(cmdline);
	mm = (const void *)(uintptr_t)si->memmap_paddr;
	for (uint32_t i = 0; mm && i < si->memmap_entries; i++) {
		if (mm[i].type != PVH_MEMMAP_RAM)
			continue;
		total += mm[i].size;
		/*
		 * Low RAM below the kernel is left alone (BIOS data, PVH info).
		 */
		if (mm[i].addr + mm[i].size > KVM_KERNEL_BASE)
			kvm_memregion_add(mm[i].addr, mm[i].size);
	}
	kvm_mem_total_set(total);
	kvm_memregion_reserve(0, (uintptr_t)_end);
}
