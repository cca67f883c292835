/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The trap context generic code sees. Each architecture saves a full
 * register frame (struct __regs in <uk/asm/regs.h>) and describes the trap
 * here; generic code reads registers only through the accessors each
 * architecture provides in <uk/asm/regs.h>:
 *
 *   unsigned long ukarch_regs_pc(const struct __regs *r);
 *   unsigned long ukarch_regs_sp(const struct __regs *r);
 *   unsigned long ukarch_regs_fp(const struct __regs *r);
 *   void ukarch_regs_set_pc(struct __regs *r, unsigned long pc);
 *   void ukarch_regs_capture(struct __regs *r);   registers of the caller, now
 *
 * Frame records have the same shape on both architectures: the frame
 * pointer points at { previous frame pointer, return address }.
 */
#ifndef UK_ARCH_TRAPS_H
#define UK_ARCH_TRAPS_H

#include <uk/essentials.h>
#include <uk/asm/regs.h>

struct ukarch_trapctx {
	struct __regs *regs;  /* the interrupted state; handlers may edit it */
	unsigned long trapnr; /* x86_64: vector; arm64: ESR_EL1.EC (sync) */
	unsigned long error_code; /* x86_64: CPU error code; arm64: ESR_EL1 */
	unsigned long fault_addr; /* CR2 / FAR_EL1 for memory faults, else 0 */
	const char *name;	  /* "Page fault", "Data abort", ... */
};

#endif /* UK_ARCH_TRAPS_H */
