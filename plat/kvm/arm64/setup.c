/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 platform bring-up after the MMU is on (entry.S calls this on the
 * boot stack). The clock starts first so log timestamps count from here,
 * the device tree is read before the drivers that take addresses from it,
 * the GIC before the console registers its interrupt, and interrupts are
 * unmasked last. Without a GIC the console falls back to polling.
 */
#include <uk/boot.h>
#include <uk/arch/lcpu.h>
#include "arm64.h"

void arm64_setup(void);

void arm64_setup(void)
{
	struct arm64_devices dev;

	arm64_time_init();
	arm64_bootinfo_init(&dev);
	if (dev.gicd)
		arm64_gic_init(dev.gicd, dev.gicc);
	arm64_pl011_init(dev.uart, dev.uart_irq);
	__asm__ __volatile__("msr daifclr, #4" : : : "memory"); /* SError */
	ukarch_irq_enable();
	ukplat_entry();
}
