/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Stopping the guest. The status reaches the caller of run-qemu:
 * x86_64 through isa-debug-exit (statuses 0..127), arm64 through
 * semihosting SYS_EXIT when QEMU enables it, else PSCI SYSTEM_OFF (always 0).
 */
#ifndef UK_PLAT_SHUTDOWN_H
#define UK_PLAT_SHUTDOWN_H

#include <uk/essentials.h>

/* Status of a guest that crashed (crash screen, unhandled trap, assert). */
#define UKPLAT_STATUS_CRASH 125

/* Stop the guest with @status; never returns. Safe in any context. */
__noreturn void ukplat_halt(int status);

#endif /* UK_PLAT_SHUTDOWN_H */
