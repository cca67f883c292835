/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Trap mode on x86_64: GCC compiles a failed check to ud2, as it does
 * __builtin_trap(), which Lantern does not call; so an invalid opcode
 * trap on a ud2 is named a failed UBSan check. (The CPU fetched the
 * instruction to trap on it: its bytes are readable.)
 */
#include <stdio.h>
#include <uk/arch/traps.h>
#include <uk/asm/regs.h>
#include <uk/ubsan.h>

#define X86_TRAP_UD 6

bool uk_ubsan_trap_describe(const struct ukarch_trapctx *ctx, char *buf,
			    size_t len)
{
	const unsigned char *insn =
	    (const unsigned char *)ukarch_regs_pc(ctx->regs);

	if (ctx->trapnr != X86_TRAP_UD || insn[0] != 0x0f || insn[1] != 0x0b)
		return false;
	snprintf(buf, len, "UBSan check failed (trap mode: ud2 at %p)", insn);
	return true;
}
