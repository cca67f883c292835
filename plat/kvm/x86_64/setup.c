/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86_64 platform bring-up, entered from pvh.S in long mode on the boot
 * stack. The order matters: the console first (so anything can print),
 * the IDT before anything may fault, the memory map before the page
 * tables that are built from it, and interrupts last.
 */
#include <uk/boot.h>
#include <uk/arch/lcpu.h>
#include <uk/asm/cpu.h>
#include <uk/plat/trap.h>
#include "x86_64.h"

void x86_setup(uint32_t pvh_start_info);

void x86_setup(uint32_t pvh_start_info)
{
	x86_serial_init();
	x86_idt_init();
	x86_tss_init();
	x86_fpu_enable();
	x86_bootinfo_init(pvh_start_info);
	x86_pagetable_init();
	x86_tsc_init();
	x86_pic_init();
	x86_serial_irq_init();
	ukarch_irq_enable();
	uk_boot_entry();
}

void ukplat_boot_stack(uintptr_t *lo, uintptr_t *hi)
{
	*lo = (uintptr_t)boot_stack_bottom;
	*hi = (uintptr_t)boot_stack_top;
}
