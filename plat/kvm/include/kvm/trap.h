/* SPDX-License-Identifier: BSD-3-Clause */
/* Helpers the architectures' trap code shares (plat/kvm/common/trap.c). */
#ifndef KVM_TRAP_H
#define KVM_TRAP_H

#include <uk/essentials.h>

/*
 * printf to the console for trap reports: needs neither the allocator nor
 * ukdebug, and formats on the stack (lines up to 192 characters).
 */
void kvm_trap_print(const char *fmt, ...) __printf(1, 2);

#endif /* KVM_TRAP_H */
