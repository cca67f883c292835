/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A data or instruction abort from EL1 for the crash screen's walk: FAR
 * (when ESR says it is valid) and the access from ESR.
 */
#include <uk/asm/cpu.h>
#include "../../crash_pt.h"

bool crash_arch_fault(const struct ukarch_trapctx *ctx, uintptr_t *addr,
		      enum crash_access *access)
{
	unsigned long esr = ctx->error_code;

	if ((ctx->trapnr != ESR_EC_DABT_CUR &&
	     ctx->trapnr != ESR_EC_IABT_CUR) ||
	    !esr || (esr & ESR_ABT_FNV))
		return false;
	*addr = ctx->fault_addr;
	*access = ctx->trapnr == ESR_EC_IABT_CUR ? CRASH_FETCH
		  : esr & ESR_DABT_WNR		 ? CRASH_WRITE
						 : CRASH_READ;
	return true;
}
