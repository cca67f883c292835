/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The crash screen's page table walk of a faulting address (crash_pt.c),
 * with the page table views; without them it prints nothing.
 */
#ifndef UKDEBUG_CRASH_PT_H
#define UKDEBUG_CRASH_PT_H

#include <uk/arch/traps.h>

#if CONFIG_LIBUKDEBUG_PT
/* Access kinds a page fault reports (crash_arch_fault). */
enum crash_access { CRASH_READ, CRASH_WRITE, CRASH_FETCH };

/*
 * When @ctx is a page fault / data or instruction abort with a known
 * address, store the address and the access in *@addr and *@access and
 * return true (arch/<arch>/crash_fault.c).
 */
bool crash_arch_fault(const struct ukarch_trapctx *ctx, uintptr_t *addr,
		      enum crash_access *access);

/*
 * For a page fault: "Page walk of <addr> (<access>):", the walk's lines
 * (<uk/ptview.h>), and for a mapped page the right it lacks.
 */
void crash_pt_fault(const struct ukarch_trapctx *ctx);
#else
static inline void crash_pt_fault(const struct ukarch_trapctx *ctx __unused)
{
}
#endif

#endif /* UKDEBUG_CRASH_PT_H */
