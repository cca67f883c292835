/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The trap side of nofault: a low-priority handler for the fault events
 * that looks the faulting instruction up in the exception table and, when
 * it is listed, resumes at its continuation. Anything else passes on, so a
 * real bug still reaches the crash screen. The table is sorted by address
 * once at boot (entries from several objects may arrive out of order) and
 * searched by bisection.
 */
#include <uk/nofault.h>
#include <uk/plat/trap.h>
#include <uk/init.h>
#include <uk/print.h>
#include "extable.h"
#include "nofault_internal.h"

extern struct uk_extable_entry uk_extable_start[], uk_extable_end[];

unsigned int nofault_flags;
uintptr_t nofault_last_addr;
static unsigned long faults;

unsigned long uk_nofault_fault_count(void)
{
	return faults;
}

/* Moving an entry changes what its relative offsets must say. */
static void entry_move(struct uk_extable_entry *to, unsigned long insn,
		       unsigned long cont)
{
	to->insn = (int32_t)(insn - (unsigned long)&to->insn);
	to->cont = (int32_t)(cont - (unsigned long)&to->cont);
}

static int extable_sort(void)
{
	long n = uk_extable_end - uk_extable_start;

	for (long i = 1; i < n; i++) {
		unsigned long insn = uk_extable_insn(&uk_extable_start[i]);
		unsigned long cont = uk_extable_cont(&uk_extable_start[i]);
		long j = i;

		for (;
		     j > 0 && uk_extable_insn(&uk_extable_start[j - 1]) > insn;
		     j--)
			entry_move(&uk_extable_start[j],
				   uk_extable_insn(&uk_extable_start[j - 1]),
				   uk_extable_cont(&uk_extable_start[j - 1]));
		entry_move(&uk_extable_start[j], insn, cont);
	}
	return 0;
}
UK_INIT(extable_sort, UK_INIT_LEVEL_EARLY);

static const struct uk_extable_entry *extable_find(unsigned long pc)
{
	long lo = 0, hi = uk_extable_end - uk_extable_start - 1;

	while (lo <= hi) {
		long mid = lo + (hi - lo) / 2;
		unsigned long insn = uk_extable_insn(&uk_extable_start[mid]);

		if (insn == pc)
			return &uk_extable_start[mid];
		if (insn < pc)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

static int nofault_trap(void *data)
{
	struct ukarch_trapctx *ctx = data;
	const struct uk_extable_entry *e =
	    extable_find(ukarch_regs_pc(ctx->regs));

	if (!e)
		return UK_EVENT_NOT_HANDLED;
	faults++;
	nofault_last_addr = ctx->fault_addr;
	if (!(nofault_flags & UK_NOFAULT_NOREPORT))
		uk_pr_warn("caught %s at 0x%lx (address 0x%lx)\n", ctx->name,
			   ukarch_regs_pc(ctx->regs), ctx->fault_addr);
	ukarch_regs_set_pc(ctx->regs, uk_extable_cont(e));
	return UK_EVENT_HANDLED;
}
UK_EVENT_HANDLER_PRIO(UKARCH_TRAP_PAGE_FAULT, nofault_trap,
		      UK_EVENT_PRIO_NOFAULT);
UK_EVENT_HANDLER_PRIO(UKARCH_TRAP_SECURITY, nofault_trap,
		      UK_EVENT_PRIO_NOFAULT);
UK_EVENT_HANDLER_PRIO(UKARCH_TRAP_BUS_ERROR, nofault_trap,
		      UK_EVENT_PRIO_NOFAULT);
