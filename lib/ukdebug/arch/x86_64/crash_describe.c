/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The reason line of the x86_64 crash screen. Page faults spell out their
 * error code (bits: present, write, user, reserved bit, instruction fetch).
 */
#include <stdio.h>
#include "../../crash_arch.h"

#define X86_TRAP_PF 14
#define PF_PRESENT  0x01
#define PF_WRITE    0x02
#define PF_RSVD	    0x08
#define PF_INSTR    0x10

void crash_arch_describe(const struct ukarch_trapctx *ctx, char *buf,
			 size_t len)
{
	unsigned long e = ctx->error_code;

	if (ctx->trapnr != X86_TRAP_PF) {
		if (e)
			snprintf(buf, len, "%s (error code %#lx)", ctx->name,
				 e);
		else
			snprintf(buf, len, "%s", ctx->name);
		return;
	}
	snprintf(buf, len, "Page fault at 0x%lx (%s, %s%s)", ctx->fault_addr,
		 e & PF_INSTR	? "instruction fetch"
		 : e & PF_WRITE ? "write"
				: "read",
		 e & PF_PRESENT ? "protection violation" : "not present",
		 e & PF_RSVD ? ", reserved bit set" : "");
}
