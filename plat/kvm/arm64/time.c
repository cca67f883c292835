/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Monotonic clock from the generic timer's virtual counter (CNTVCT_EL0,
 * counting at CNTFRQ_EL0, 62.5 MHz on QEMU). Ticks become nanoseconds as
 * (ticks * mult) >> 32 in 128-bit arithmetic, so no product overflows and
 * no division runs per call. The counter read at the image's entry dates
 * the clock's start back to the first instruction.
 */
#include <uk/plat/time.h>
#include <uk/asm/cpu.h>
#include "arm64.h"

#define NSEC_PER_SEC 1000000000ULL
#define FALLBACK_HZ  62500000ULL

static uint64_t boot_ticks;
static uint64_t mult; /* nanoseconds per tick, 32.32 fixed point */
static uint64_t hz;

/* The isb keeps the read from being hoisted above earlier code. */
static inline uint64_t read_cntvct(void)
{
	isb();
	return SYSREG_READ(cntvct_el0);
}

void arm64_time_init(void)
{
	hz = SYSREG_READ(cntfrq_el0) & 0xffffffffULL;

	if (hz == 0)
		hz = FALLBACK_HZ;
	mult = (NSEC_PER_SEC << 32) / hz;
	boot_ticks = read_cntvct();
}

static uint64_t ticks_to_ns(uint64_t ticks)
{
	return (uint64_t)(((unsigned __int128)ticks * mult) >> 32);
}

uint64_t ukplat_entry_ns(void)
{
	return ticks_to_ns(boot_ticks - arm64_entry_ticks);
}

uint64_t ukplat_monotonic_ns(void)
{
	return ticks_to_ns(read_cntvct() - boot_ticks);
}

uint64_t arm64_counter_at(uint64_t ns)
{
	return boot_ticks +
	       (uint64_t)(((unsigned __int128)ns * hz + NSEC_PER_SEC - 1) /
			  NSEC_PER_SEC);
}

uint64_t arm64_counter_hz(void)
{
	return hz;
}
