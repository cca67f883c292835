/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the device tree QEMU leaves at KVM_DTB_BASE says: the RAM range (read
 * before the MMU is on, so the page tables can cover it), then the command
 * line, the PL011, GIC and PL031 addresses and the free-RAM list. When
 * there is no valid DTB the memlayout.h defaults apply. Built with
 * -mstrict-align and without loop-to-memcpy conversion: arm64_dtb_probe()
 * runs with the MMU off, so it must not call into code built without them.
 */
#include <uk/plat/bootinfo.h>
#include <uk/print.h>
#include <kvm/memregion.h>
#include "arm64.h"
#include "fdt.h"
#include "memlayout.h"

#define GIC_SPI_BASE 32
#define GIC_PPI_BASE 16

static struct fdt dtb;
static bool dtb_ok;
static uint64_t ram_base = KVM_RAM_BASE, ram_size = KVM_RAM_DEFAULT_SIZE;
static char cmdline[1024];

void arm64_dtb_probe(void)
{
	uint64_t base, size;
	int node;

	if (fdt_init(&dtb, (const void *)KVM_DTB_BASE, KVM_DTB_MAX_SIZE) < 0)
		return;
	dtb_ok = true;
	node = fdt_path(&dtb, "/memory");
	if (fdt_reg(&dtb, node, 0, &base, &size) < 0)
		return;
	/* Only a RAM range that holds the running image can be right. */
	if (base % 4096 || base > (uintptr_t)_text ||
	    base + size < (uintptr_t)_end || base + size < base)
		return;
	ram_base = base;
	ram_size = size;
}

void arm64_ram_get(uint64_t *base, uint64_t *size)
{
	*base = ram_base;
	*size = ram_size;
}

const char *ukplat_cmdline(void)
{
	return cmdline;
}

const char *ukplat_machine_name(void)
{
	return "arm64 virt";
}

static void cmdline_init(void)
{
	const char *args;
	uint32_t len, i;

	args = fdt_prop(&dtb, fdt_path(&dtb, "/chosen"), "bootargs", &len);
	if (!args)
		return;
	for (i = 0; i < len && i < sizeof(cmdline) - 1 && args[i]; i++)
		cmdline[i] = args[i];
	cmdline[i] = '\0';
	if (i == sizeof(cmdline) - 1 && i < len && args[i])
		uk_pr_warn("command line truncated to %u bytes\n", i);
}

static bool in_device_region(uint64_t base, uint64_t size)
{
	return base >= KVM_DEVICE_BASE && size <= KVM_DEVICE_END - base;
}

/* "interrupts" = <type number flags>, type 0 for an SPI, 1 for a PPI. */
static void uart_init(struct arm64_devices *dev)
{
	const uint8_t *irq;
	uint64_t base, size;
	uint32_t len;
	int node;

	node = fdt_compatible(&dtb, "arm,pl011");
	if (fdt_reg(&dtb, node, 0, &base, &size) == 0 &&
	    in_device_region(base, size))
		dev->uart = base;
	irq = fdt_prop(&dtb, node, "interrupts", &len);
	if (irq && len >= 8) {
		uint32_t n = fdt_be32(irq + 4);

		dev->uart_irq =
		    (fdt_be32(irq) == 0 ? GIC_SPI_BASE : GIC_PPI_BASE) + n;
	}
}

static void gic_find(struct arm64_devices *dev)
{
	uint64_t dbase, dsize, cbase, csize;
	int node;

	node = fdt_compatible(&dtb, "arm,cortex-a15-gic");
	if (node < 0)
		node = fdt_compatible(&dtb, "arm,gic-400");
	if (node < 0) {
		if (fdt_compatible(&dtb, "arm,gic-v3") >= 0) {
			uk_pr_warn("GICv3 is not supported: no interrupts (use "
				   "-M virt,gic-version=2)\n");
			dev->gicd = dev->gicc = 0;
		}
		return;
	}
	if (fdt_reg(&dtb, node, 0, &dbase, &dsize) == 0 &&
	    fdt_reg(&dtb, node, 1, &cbase, &csize) == 0 &&
	    in_device_region(dbase, dsize) && in_device_region(cbase, csize)) {
		dev->gicd = dbase;
		dev->gicc = cbase;
	}
}

uintptr_t arm64_rtc_base(void)
{
	uint64_t base, size;
	int node;

	if (!dtb_ok)
		return KVM_PL031_BASE;
	node = fdt_compatible(&dtb, "arm,pl031");
	if (fdt_reg(&dtb, node, 0, &base, &size) == 0 &&
	    in_device_region(base, size))
		return base;
	return 0;
}

void arm64_bootinfo_init(struct arm64_devices *dev)
{
	dev->gicd = KVM_GICD_BASE;
	dev->gicc = KVM_GICC_BASE;
	dev->uart = KVM_PL011_BASE;
	dev->uart_irq = KVM_PL011_IRQ;

	kvm_mem_total_set(ram_size);
	kvm_memregion_add(ram_base, ram_size);
	kvm_memregion_reserve((uintptr_t)_text,
			      (uintptr_t)_end - (uintptr_t)_text);
	if (!dtb_ok) {
		uk_pr_warn("no device tree at %#lx: assuming %lu MiB RAM\n",
			   (unsigned long)KVM_DTB_BASE,
			   (unsigned long)(ram_size >> 20));
		return;
	}
	kvm_memregion_reserve(KVM_DTB_BASE, dtb.size);
	cmdline_init();
	uart_init(dev);
	gic_find(dev);
	uk_pr_debug("DTB %u bytes, RAM %#lx+%#lx, PL011 %#lx irq %u, GICD %#lx "
		    "GICC %#lx\n",
		    dtb.size, (unsigned long)ram_base, (unsigned long)ram_size,
		    dev->uart, dev->uart_irq, dev->gicd, dev->gicc);
}
