/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The reason line of the x86_64 crash screen. Page faults spell out their
 * error code (bits: present, write, user, reserved bit, instruction fetch).
 * A stack overflow is named as such: an access to an unmapped page right
 * below a mapped one, near the stack pointer, is a guard page hit. Most
 * overflows arrive as a double fault (the CPU could not push the page
 * fault's frame into the guard page; the double fault runs on a stack of
 * its own), whose frame still holds the overflowing RSP and whose CR2 the
 * page fault's address.
 */
#include <stdio.h>
#include <uk/plat/trap.h>
#include "../../crash_arch.h"

#define X86_TRAP_DF 8
#define X86_TRAP_PF 14
#define PF_PRESENT  0x01
#define PF_WRITE    0x02
#define PF_RSVD	    0x08
#define PF_INSTR    0x10
#define PAGE	    4096UL

/* The unmapped page holding @addr, with a mapped page right above it. */
static bool in_guard_page(unsigned long addr)
{
	unsigned long page = addr & ~(PAGE - 1);

	return page && !ukplat_mem_mapped(page, 1) &&
	       ukplat_mem_mapped(page + PAGE, 1);
}

/* @sp at most a page above the guard page that @addr hit. */
static bool overflowed(unsigned long addr, unsigned long sp)
{
	return in_guard_page(addr) && sp - (addr & ~(PAGE - 1)) <= 2 * PAGE;
}

void crash_arch_describe(const struct ukarch_trapctx *ctx, char *buf,
			 size_t len)
{
	unsigned long e = ctx->error_code;
	unsigned long sp = ctx->regs->rsp;

	if (ctx->trapnr == X86_TRAP_DF) {
		unsigned long hit = overflowed(sp - 8, sp) ? sp - 8
				    : overflowed(ctx->fault_addr, sp)
					? ctx->fault_addr
					: 0;

		if (hit) {
			snprintf(buf, len,
				 "Stack overflow: RSP 0x%lx ran into the guard "
				 "page at 0x%lx (double fault)",
				 sp, hit & ~(PAGE - 1));
			return;
		}
	}
	if (ctx->trapnr != X86_TRAP_PF) {
		if (e)
			snprintf(buf, len, "%s (error code %#lx)", ctx->name,
				 e);
		else
			snprintf(buf, len, "%s", ctx->name);
		return;
	}
	snprintf(buf, len, "Page fault at 0x%lx (%s, %s%s)%s", ctx->fault_addr,
		 e & PF_INSTR	? "instruction fetch"
		 : e & PF_WRITE ? "write"
				: "read",
		 e & PF_PRESENT ? "protection violation" : "not present",
		 e & PF_RSVD ? ", reserved bit set" : "",
		 overflowed(ctx->fault_addr, sp)
		     ? ": stack overflow into the guard page"
		     : "");
}
