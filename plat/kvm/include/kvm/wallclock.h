/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The wall clock behind ukplat_wall_clock_ns() (common/wallclock.c): each
 * architecture reads its real-time clock, once, when the wall clock is
 * first asked for; not at boot, where finding the clock (arm64: a search
 * of the device tree) would cost as much as the rest of the setup.
 */
#ifndef KVM_WALLCLOCK_H
#define KVM_WALLCLOCK_H

#include <uk/essentials.h>

/*
 * Read the real-time clock: seconds since 1970 into @epoch_s. Return 0, or
 * -1 when the machine has no usable one. Called with interrupts masked.
 */
int kvm_rtc_read(uint64_t *epoch_s);

#endif /* KVM_WALLCLOCK_H */
