/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Trap mode on arm64: GCC compiles a failed check to BRK #1000 (0x3e8),
 * as it does __builtin_trap(), which Lantern does not call; so that
 * breakpoint is named a failed UBSan check. (clang's -fsanitize-trap
 * would use BRK #0x55xx, the check's number in the low byte.)
 */
#include <stdio.h>
#include <uk/arch/traps.h>
#include <uk/asm/cpu.h>
#include <uk/asm/regs.h>
#include <uk/ubsan.h>

#define GCC_TRAP_IMM 0x3e8

bool uk_ubsan_trap_describe(const struct ukarch_trapctx *ctx, char *buf,
			    size_t len)
{
	if (ctx->trapnr != ESR_EC_BRK64 ||
	    (ctx->error_code & 0xffff) != GCC_TRAP_IMM)
		return false;
	snprintf(buf, len, "UBSan check failed (trap mode: BRK #%#x at %#lx)",
		 GCC_TRAP_IMM, ukarch_regs_pc(ctx->regs));
	return true;
}
