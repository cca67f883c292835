/* SPDX-License-Identifier: BSD-3-Clause */
/* Platform clock: monotonic nanoseconds since boot. */
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

#endif /* UK_PLAT_TIME_H */
