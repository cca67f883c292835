/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The wall clock behind ukplat_wall_clock_ns() (common/wallclock.c): each
 * architecture reads its real-time clock once at boot, after the monotonic
 * clock started, and hands the result over here.
 */
#ifndef KVM_WALLCLOCK_H
#define KVM_WALLCLOCK_H

#include <uk/essentials.h>

/* The real-time clock reads @epoch_s seconds since 1970 now. */
void kvm_wall_clock_set(uint64_t epoch_s);

#endif /* KVM_WALLCLOCK_H */
