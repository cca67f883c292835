/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Stopping the guest. First semihosting SYS_EXIT, which hands any status to
 * QEMU's exit code but only works when QEMU runs with semihosting enabled;
 * otherwise `hlt #0xf000` is an undefined instruction, which traps.c
 * skips while `probing` is set. Then PSCI SYSTEM_OFF through `hvc` (QEMU
 * exits with 0). If both fail, the CPU stops for good. A crash is not
 * signalled to the host: QEMU's pvpanic on `virt` is a PCI device
 * (pvpanic-pci), and this platform enumerates no PCI.
 */
#include <uk/plat/shutdown.h>
#include <uk/arch/lcpu.h>
#include <uk/asm/cpu.h>
#include <uk/print.h>
#include "arm64.h"

#define SEMIHOSTING_SYS_EXIT	     0x18
#define ADP_STOPPED_APPLICATION_EXIT 0x20026
#define PSCI_SYSTEM_OFF		     0x84000008UL
#define PROBE_FAILED		     (~0UL)

static volatile bool probing;

bool arm64_shutdown_probe_failed(struct __regs *r)
{
	if (!probing || ESR_EC(r->esr) != ESR_EC_UNKNOWN)
		return false;
	r->elr += 4;
	r->x[0] = PROBE_FAILED;
	return true;
}

static unsigned long semihosting_exit(int status)
{
	static uint64_t block[2];
	register unsigned long x0 __asm__("x0") = SEMIHOSTING_SYS_EXIT;
	register unsigned long x1 __asm__("x1") = (unsigned long)block;

	block[0] = ADP_STOPPED_APPLICATION_EXIT;
	block[1] = (uint64_t)(unsigned int)status;
	__asm__ __volatile__("hlt #0xf000" : "+r"(x0) : "r"(x1) : "memory");
	return x0;
}

/* SMCCC: x0-x17 may be clobbered by the call. */
static void psci_system_off(void)
{
	register unsigned long x0 __asm__("x0") = PSCI_SYSTEM_OFF;

	__asm__ __volatile__("hvc #0"
			     : "+r"(x0)
			     :
			     : "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8",
			       "x9", "x10", "x11", "x12", "x13", "x14", "x15",
			       "x16", "x17", "memory");
}

void ukplat_halt(int status)
{
	ukarch_irq_disable();
	uk_pr_info("System halted (status %d)\n", status);
	probing = true;
	semihosting_exit(status);
	psci_system_off();
	probing = false;
	ukarch_halt_loop();
}
