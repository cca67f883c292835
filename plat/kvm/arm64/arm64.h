/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Internal interface of the arm64 platform: the boot steps entry.S and
 * setup.c call in order, and what the drivers share.
 */
#ifndef KVM_ARM64_H
#define KVM_ARM64_H

#include <uk/essentials.h>
#include <uk/asm/regs.h>

/* Linker-script symbols (link.lds.S). */
extern char _text[], _rodata[], _etext[], _bss_start[], _bss_end[], _end[];

/* CNTVCT_EL0 at the image's first instruction (entry.S). */
extern uint64_t arm64_entry_ticks;

/* The boot stack and the unmapped page below it (entry.S). */
extern char arm64_boot_stack_guard[], arm64_boot_stack[],
    arm64_boot_stack_top[];

/*
 * Device addresses: constants from memlayout.h unless the DTB says else;
 * gicd is 0 when the machine has no GICv2.
 */
struct arm64_devices {
	uintptr_t gicd, gicc;
	uintptr_t uart;
	unsigned int uart_irq;
};

/* Before the MMU (built with -mstrict-align). */
void arm64_dtb_probe(void);			    /* bootinfo.c */
void arm64_ram_get(uint64_t *base, uint64_t *size); /* bootinfo.c */
void arm64_mmu_init(void);			    /* mmu.c */

/* After the MMU, in this order (setup.c). */
void arm64_time_init(void);
void arm64_bootinfo_init(struct arm64_devices *dev);
void arm64_gic_init(uintptr_t dist, uintptr_t cpu);
void arm64_pl011_init(uintptr_t base, unsigned int irq);
/* The PL031's address (the device tree's, looked up now); 0: none. */
uintptr_t arm64_rtc_base(void);

/*
 * The virtual counter's value once ukplat_monotonic_ns() reaches @ns
 * (rounded up), and its rate (time.c).
 */
uint64_t arm64_counter_at(uint64_t ns);
uint64_t arm64_counter_hz(void);

/* Acknowledge and run every pending device interrupt (irq.c). */
void arm64_irq_handle(void);

/*
 * A synchronous exception raised by ukplat_halt() probing for semihosting
 * or PSCI: skip the instruction and report failure in x0. Return true if
 * that is what @r was (shutdown.c).
 */
bool arm64_shutdown_probe_failed(struct __regs *r);

#endif /* KVM_ARM64_H */
