/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Where every x86_64 trap and interrupt lands (from trap_entry.S). PIC
 * interrupts go to their driver; CPU exceptions are not handled yet, so
 * they print what happened and stop the guest with UKPLAT_STATUS_CRASH.
 */
#include <uk/asm/regs.h>
#include <uk/asm/cpu.h>
#include <uk/plat/shutdown.h>
#include <uk/plat/console.h>
#include <uk/arch/lcpu.h>
#include <stdio.h>
#include "memlayout.h"
#include "x86_64.h"

#define X86_TRAP_PF 14

static const char *const trap_names[32] = {
	"Divide error", "Debug", "NMI", "Breakpoint", "Overflow",
	"BOUND range exceeded", "Invalid opcode", "Device not available",
	"Double fault", "Coprocessor segment overrun", "Invalid TSS",
	"Segment not present", "Stack-segment fault", "General protection",
	"Page fault", "Reserved", "x87 floating-point error",
	"Alignment check", "Machine check", "SIMD floating-point error",
	"Virtualization exception", "Control protection",
};

/* Output that needs neither the allocator nor ukdebug. */
static void __printf(1, 2) trap_print(const char *fmt, ...)
{
	char buf[160];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	ukplat_cons_write(buf, MIN((size_t)n, sizeof(buf) - 1));
}

static __noreturn void trap_unhandled(struct __regs *r)
{
	static int nesting;
	const char *name = r->vector < 32 && trap_names[r->vector]
			   ? trap_names[r->vector] : "Unknown vector";

	if (nesting++) {
		trap_print("Unhandled trap while reporting one (vector %lu at %016lx): halting\n",
			   r->vector, r->rip);
		ukplat_halt(UKPLAT_STATUS_CRASH);
	}
	trap_print("Unhandled trap: %s (vector %lu) at RIP %016lx, error code %#lx\n",
		   name, r->vector, r->rip, r->error_code);
	if (r->vector == X86_TRAP_PF)
		trap_print("CR2: %016lx\n", x86_read_cr2());
	trap_print("RAX: %016lx RBX: %016lx RCX: %016lx\n", r->rax, r->rbx, r->rcx);
	trap_print("RDX: %016lx RSI: %016lx RDI: %016lx\n", r->rdx, r->rsi, r->rdi);
	trap_print("RBP: %016lx RSP: %016lx R8:  %016lx\n", r->rbp, r->rsp, r->r8);
	trap_print("R9:  %016lx R10: %016lx R11: %016lx\n", r->r9, r->r10, r->r11);
	trap_print("R12: %016lx R13: %016lx R14: %016lx\n", r->r12, r->r13, r->r14);
	trap_print("R15: %016lx RFLAGS: %016lx CS: %04lx SS: %04lx\n",
		   r->r15, r->rflags, r->cs, r->ss);
	ukplat_halt(UKPLAT_STATUS_CRASH);
}

void x86_trap(struct __regs *r)
{
	if (r->vector >= KVM_IRQ_VECTOR_BASE && r->vector < KVM_IRQ_VECTOR_BASE + 16) {
		x86_pic_dispatch(r->vector - KVM_IRQ_VECTOR_BASE);
		return;
	}
	trap_unhandled(r);
}
