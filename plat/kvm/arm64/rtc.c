/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The PL031 real-time clock at the address the device tree gives (virt:
 * 0x09010000), read once for the wall clock: its data register
 * counts seconds since 1970 (QEMU starts it from the host's UTC time).
 * The peripheral ID is checked first, so that a machine without one
 * keeps the wall clock at 1970 instead of taking a random register.
 */
#include <kvm/wallclock.h>
#include "arm64.h"

#define RTC_DR	      0x000
#define RTC_PERIPH_ID 0xfe0 /* four registers, one ID byte in each */
#define PL031_ID      0x00041031

static uint32_t rd32(uintptr_t a)
{
	return *(volatile uint32_t *)a;
}

int kvm_rtc_read(uint64_t *epoch_s)
{
	uintptr_t base = arm64_rtc_base();
	uint32_t id = 0;

	if (!base)
		return -1;
	for (int i = 0; i < 4; i++)
		id |= (rd32(base + RTC_PERIPH_ID + 4 * i) & 0xff) << (8 * i);
	if ((id & 0x000fffff) != (PL031_ID & 0x000fffff))
		return -1;
	*epoch_s = rd32(base + RTC_DR);
	return 0;
}
