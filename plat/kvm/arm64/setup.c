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
#include <uk/plat/trap.h>
#include "arm64.h"

void arm64_setup(void);

/*
 * mmu.c left the page below the boot stack unmapped: tell the vectors, to
 * switch to the trap stack on an overflow.
 */
static void stack_guard_init(void)
{
	arm64_stack_guard = (uintptr_t)arm64_boot_stack_guard;
}

void arm64_setup(void)
{
	struct arm64_devices dev;

	stack_guard_init();
	arm64_time_init();
	arm64_bootinfo_init(&dev);
	if (dev.gicd)
		arm64_gic_init(dev.gicd, dev.gicc);
	arm64_pl011_init(dev.uart, dev.uart_irq);
	__asm__ __volatile__("msr daifclr, #4" : : : "memory"); /* SError */
	ukarch_irq_enable();
	uk_boot_entry();
}

void ukplat_boot_stack(uintptr_t *lo, uintptr_t *hi)
{
	*lo = (uintptr_t)arm64_boot_stack;
	*hi = (uintptr_t)arm64_boot_stack_top;
}
