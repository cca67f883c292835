/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Wall-clock time as the RTC's reading at boot plus the monotonic time
 * since: the RTC counts whole seconds, so the result is within a second
 * of the host's clock, and it never steps backwards.
 */
#include <uk/plat/time.h>
#include <kvm/wallclock.h>

#define NSEC_PER_SEC 1000000000ULL

static uint64_t offset_ns; /* wall clock minus monotonic clock */

void kvm_wall_clock_set(uint64_t epoch_s)
{
	offset_ns = epoch_s * NSEC_PER_SEC - ukplat_monotonic_ns();
}

uint64_t ukplat_wall_clock_ns(void)
{
	return offset_ns + ukplat_monotonic_ns();
}
