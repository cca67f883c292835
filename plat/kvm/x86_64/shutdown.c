/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Shutdown through QEMU's isa-debug-exit device at port 0xf4: QEMU exits
 * with (value << 1) | 1, which run-qemu translates back, so statuses
 * 0..127 reach the caller. Without the device the CPU just stops.
 */
#include <uk/plat/shutdown.h>
#include <uk/arch/lcpu.h>
#include <uk/asm/io.h>
#include <uk/print.h>

#define DEBUG_EXIT_PORT 0xf4

void ukplat_halt(int status)
{
	ukarch_irq_disable();
	uk_pr_info("System halted (status %d)\n", status);
	outl(DEBUG_EXIT_PORT, (uint32_t)status & 0x7f);
	ukarch_halt_loop();
}
