/* SPDX-License-Identifier: BSD-3-Clause */
/* Platform clock: monotonic nanoseconds since boot. */
#ifndef UK_PLAT_TIME_H
#define UK_PLAT_TIME_H

#include <uk/essentials.h>

/* Nanoseconds elapsed since the platform clock started (early in boot). */
uint64_t ukplat_monotonic_ns(void);

#endif /* UK_PLAT_TIME_H */
