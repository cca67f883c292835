/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Monotonic clock from the TSC. Under TCG there is no CPUID frequency leaf
 * and no KVM clock, so the TSC is measured against PIT channel 0 over a
 * short window (CONFIG_KVM_TSC_CALIBRATION_US): enough precision for log
 * timestamps without a long boot delay. Channel 0 is read by latching its
 * counter, which works on `microvm` too (it has no port 0x61 gate).
 * The TSC read at the PVH entry dates the clock's start back to the
 * image's first instruction.
 */
#include <uk/plat/time.h>
#include <uk/asm/io.h>
#include "x86_64.h"

#define PIT_HZ		   1193182ULL
#define PIT_CH0		   0x40
#define PIT_CMD		   0x43
#define PIT_LATCH0	   0x00
#define PIT_CH0_MODE2_LOHI 0x34

static uint64_t tsc_base;
static uint64_t ns_mult; /* ns = ticks * ns_mult >> 32 */

static uint16_t pit_read(void)
{
	uint8_t lo, hi;

	outb(PIT_CMD, PIT_LATCH0);
	lo = inb(PIT_CH0);
	hi = inb(PIT_CH0);
	return ((uint16_t)hi << 8) | lo;
}

void x86_tsc_init(void)
{
	uint64_t want = PIT_HZ * CONFIG_KVM_TSC_CALIBRATION_US / 1000000;
	uint64_t ticks = 0, t0, t1, hz;
	uint16_t prev, cur;

	outb(PIT_CMD, PIT_CH0_MODE2_LOHI);
	outb(PIT_CH0, 0);
	outb(PIT_CH0, 0); /* reload 65536: the counter wraps every 55 ms */
	prev = pit_read();
	t0 = rdtsc();
	while (ticks < want) {
		cur = pit_read();
		ticks += (uint16_t)(prev - cur);
		prev = cur;
	}
	t1 = rdtsc();
	hz = (t1 - t0) * PIT_HZ / ticks;
	if (hz == 0)
		hz = 1;
	ns_mult = (uint64_t)(((unsigned __int128)1000000000 << 32) / hz);
	tsc_base = t0;
}

static uint64_t tsc_to_ns(uint64_t ticks)
{
	return (uint64_t)(((unsigned __int128)ticks * ns_mult) >> 32);
}

uint64_t ukplat_entry_ns(void)
{
	return tsc_to_ns(tsc_base - x86_entry_tsc);
}

uint64_t ukplat_monotonic_ns(void)
{
	if (!ns_mult)
		return 0;
	return tsc_to_ns(rdtsc() - tsc_base);
}
