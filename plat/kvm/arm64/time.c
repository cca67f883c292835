/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Monotonic clock from the generic timer's virtual counter (CNTVCT_EL0,
 * counting at CNTFRQ_EL0, 62.5 MHz on QEMU). Ticks become nanoseconds as
 * (ticks * mult) >> 32 in 128-bit arithmetic, so no product overflows and
 * no division runs per call.
 */
#include <uk/plat/time.h>
#include <uk/asm/cpu.h>
#include "arm64.h"

#define NSEC_PER_SEC 1000000000ULL
#define FALLBACK_HZ  62500000ULL

static uint64_t boot_ticks;
static uint64_t mult;   /* nanoseconds per tick, 32.32 fixed point */

/* The isb keeps the read from being hoisted above earlier code. */
static inline uint64_t read_cntvct(void)
{
	isb();
	return SYSREG_READ(cntvct_el0);
}

void arm64_time_init(void)
{
	uint64_t hz = SYSREG_READ(cntfrq_el0) & 0xffffffffULL;

	if (hz == 0)
		hz = FALLBACK_HZ;
	mult = (NSEC_PER_SEC << 32) / hz;
	boot_ticks = read_cntvct();
}

uint64_t ukplat_monotonic_ns(void)
{
	unsigned __int128 ns = (unsigned __int128)(read_cntvct() - boot_ticks) * mult;

	return (uint64_t)(ns >> 32);
}
