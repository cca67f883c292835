/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Wall-clock time as the RTC's one reading plus the monotonic time since:
 * the RTC counts whole seconds, so the result is within a second of the
 * host's clock, and it never steps backwards.
 */
#include <uk/arch/lcpu.h>
#include <uk/plat/time.h>
#include <kvm/wallclock.h>

#define NSEC_PER_SEC 1000000000ULL

static uint64_t offset_ns; /* wall clock minus monotonic clock */
static bool rtc_read;

uint64_t ukplat_wall_clock_ns(void)
{
	if (!rtc_read) {
		unsigned long flags = ukarch_irq_save();
		uint64_t s;

		if (!rtc_read && kvm_rtc_read(&s) == 0)
			offset_ns = s * NSEC_PER_SEC - ukplat_monotonic_ns();
		rtc_read = true;
		ukarch_irq_restore(flags);
	}
	return offset_ns + ukplat_monotonic_ns();
}
