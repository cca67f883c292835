/* SPDX-License-Identifier: BSD-3-Clause */
/* Platform clocks: monotonic nanoseconds since boot, and the wall clock. */
#ifndef UK_PLAT_TIME_H
#define UK_PLAT_TIME_H

#include <uk/essentials.h>

/* Nanoseconds elapsed since the platform clock started (early in boot). */
uint64_t ukplat_monotonic_ns(void);

/*
 * Nanoseconds from the image's first instruction to the platform clock's
 * start, from a counter the entry code reads first thing (x86_64: the TSC,
 * arm64: CNTVCT_EL0). Add ukplat_monotonic_ns() for the time since entry.
 */
uint64_t ukplat_entry_ns(void);

/*
 * Wall-clock time: nanoseconds since 1970-01-01 00:00 UTC, from the
 * machine's real-time clock, read once at the first call (x86_64: CMOS
 * RTC; arm64: PL031), plus ukplat_monotonic_ns() since; 0 + monotonic time when the
 * machine has no RTC.
 */
uint64_t ukplat_wall_clock_ns(void);

#endif /* UK_PLAT_TIME_H */
