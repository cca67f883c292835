/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The reason line of the arm64 crash screen. Aborts spell out their
 * syndrome: access (read, write, instruction fetch), fault status and
 * translation level, and whether the address is the stack guard page.
 * BRK and SVC show their immediate.
 */
#include <stdio.h>
#include <uk/asm/cpu.h>
#include "../../crash_arch.h"

#define ESR_IMM16(esr)	 ((esr)&0xffff)
#define FSC_HAS_LEVEL(f) ((f) < 0x10) /* address size .. permission */

static bool in_stack_guard(unsigned long addr)
{
	return arm64_stack_guard && addr - arm64_stack_guard < 4096;
}

static void describe_abort(const struct ukarch_trapctx *ctx, char *buf,
			   size_t len)
{
	unsigned long esr = ctx->error_code;
	unsigned int fsc = ESR_ABT_FSC(esr);
	bool data =
	    ctx->trapnr == ESR_EC_DABT_CUR || ctx->trapnr == ESR_EC_DABT_LOW;
	char level[16] = "";

	if (FSC_HAS_LEVEL(fsc))
		snprintf(level, sizeof(level), ", level %u", fsc & 3);
	if (esr & ESR_ABT_FNV) {
		snprintf(buf, len, "%s at an unknown address (%s)", ctx->name,
			 arm64_abort_fsc_name(fsc));
		return;
	}
	snprintf(buf, len, "%s at 0x%lx (%s, %s%s)%s", ctx->name,
		 ctx->fault_addr,
		 !data		      ? "instruction fetch"
		 : esr & ESR_DABT_WNR ? "write"
				      : "read",
		 arm64_abort_fsc_name(fsc), level,
		 in_stack_guard(ctx->fault_addr)
		     ? ": stack overflow into the guard page"
		     : "");
}

void crash_arch_describe(const struct ukarch_trapctx *ctx, char *buf,
			 size_t len)
{
	unsigned long esr = ctx->error_code;

	/* No syndrome (IRQ, FIQ): the name is all there is. */
	if (!esr) {
		snprintf(buf, len, "%s", ctx->name);
		return;
	}
	switch (ctx->trapnr) {
	case ESR_EC_DABT_CUR:
	case ESR_EC_DABT_LOW:
	case ESR_EC_IABT_CUR:
	case ESR_EC_IABT_LOW:
		describe_abort(ctx, buf, len);
		break;
	case ESR_EC_PC_ALIGN:
	case ESR_EC_WATCHPT_CUR:
	case ESR_EC_WATCHPT_LOW:
		snprintf(buf, len, "%s at 0x%lx", ctx->name, ctx->fault_addr);
		break;
	case ESR_EC_BRK64:
		snprintf(buf, len, "Breakpoint (BRK #%lu)", ESR_IMM16(esr));
		break;
	case ESR_EC_SVC64:
		snprintf(buf, len, "Supervisor call (SVC #%lu)",
			 ESR_IMM16(esr));
		break;
	default:
		snprintf(buf, len, "%s", ctx->name);
		break;
	}
}
