/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A page fault (#PF) for the crash screen's walk: CR2 and the access from
 * the error code.
 */
#include "../../crash_pt.h"

#define X86_TRAP_PF 14
#define PF_WRITE    0x02
#define PF_INSTR    0x10

bool crash_arch_fault(const struct ukarch_trapctx *ctx, uintptr_t *addr,
		      enum crash_access *access)
{
	if (ctx->trapnr != X86_TRAP_PF)
		return false;
	*addr = ctx->fault_addr;
	*access = ctx->error_code & PF_INSTR   ? CRASH_FETCH
		  : ctx->error_code & PF_WRITE ? CRASH_WRITE
					       : CRASH_READ;
	return true;
}
