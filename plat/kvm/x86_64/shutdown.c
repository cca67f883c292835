/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Shutdown through QEMU's isa-debug-exit device at port 0xf4: QEMU exits
 * with (value << 1) | 1, which run-qemu translates back, so statuses
 * 0..127 reach the caller. Without the device the CPU just stops.
 *
 * A crash (UKPLAT_STATUS_CRASH) is first signalled on QEMU's ISA pvpanic
 * device (-device pvpanic, port 0x505) when there is one: QEMU then
 * raises GUEST_PANICKED for the host, which can dump the guest's memory
 * if the guest's own dump is missing. Reading the port gives the events
 * the device supports; an absent device reads as 0xff.
 */
#include <uk/plat/shutdown.h>
#include <uk/arch/lcpu.h>
#include <uk/asm/io.h>
#include <uk/print.h>

#define DEBUG_EXIT_PORT	 0xf4
#define PVPANIC_PORT	 0x505
#define PVPANIC_PANICKED 0x1

static void pvpanic_signal(void)
{
	uint8_t events = inb(PVPANIC_PORT);

	if (events != 0xff && (events & PVPANIC_PANICKED))
		outb(PVPANIC_PORT, PVPANIC_PANICKED);
}

void ukplat_halt(int status)
{
	ukarch_irq_disable();
	uk_pr_info("System halted (status %d)\n", status);
	if (status == UKPLAT_STATUS_CRASH)
		pvpanic_signal();
	outl(DEBUG_EXIT_PORT, (uint32_t)status & 0x7f);
	ukarch_halt_loop();
}
