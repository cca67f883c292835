/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The generic timer's EL1 physical timer (CNTP, PPI 30), shared by its
 * two users: the profiler's timer (<uk/plat/prof_timer.h>) and the
 * watchdog (<uk/plat/watchdog.h>). The platform timer is the virtual one
 * (timer.c) and stays the scheduler's.
 */
#ifndef KVM_ARM64_CNTP_H
#define KVM_ARM64_CNTP_H

#include <uk/essentials.h>
#include <uk/asm/regs.h>

enum arm64_cntp_user { CNTP_PROF, CNTP_WATCHDOG, CNTP_USERS };

/*
 * Call @fn once, from the timer's interrupt with the interrupted frame,
 * when monotonic time passes @deadline_ns, replacing @user's earlier
 * deadline. @fn may arm again. Return 0, or -1 when the machine has no
 * interrupt controller for the timer.
 */
int arm64_cntp_arm(enum arm64_cntp_user user, uint64_t deadline_ns,
		   void (*fn)(struct __regs *regs));

/* Cancel @user's deadline, if any; the other user's stays. */
void arm64_cntp_disarm(enum arm64_cntp_user user);

#endif /* KVM_ARM64_CNTP_H */
