/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Stack dump and frame-pointer call trace for the crash screen. Both read
 * memory only after ukplat_mem_mapped() says it is there, so a garbage SP
 * or FP prints "unreadable" instead of faulting again. Frame records look
 * the same on x86_64 and arm64: { previous frame pointer, return address }.
 */
#include <uk/plat/trap.h>
#include <uk/symbols.h>
#include "crash_arch.h"
#include "crash_stack.h"

#define WORD sizeof(unsigned long)

/*
 * A return address is looked up one byte back: after a call to a noreturn
 * function it points past the end of the caller.
 */
static void print_frame(unsigned long addr, bool is_return)
{
	struct uk_symbol sym;

	if (uk_resolve_symbol(addr - is_return, &sym) == 0)
		crash_line("[%016lx] %s+0x%lx", addr, sym.name, sym.offset + is_return);
	else
		crash_line("[%016lx] ?", addr);
}

void crash_stack_dump(unsigned long sp)
{
	crash_line("Stack:");
	for (int i = 0; i < CONFIG_LIBUKDEBUG_CRASH_STACK_WORDS; i++) {
		unsigned long a = sp + i * WORD;
		const unsigned char *b = (const unsigned char *)a;
		char ascii[WORD + 1];

		if (!ukplat_mem_mapped(a, WORD)) {
			crash_line("%016lx unreadable", a);
			return;
		}
		for (unsigned int j = 0; j < WORD; j++)
			ascii[j] = (b[j] >= 0x20 && b[j] < 0x7f) ? b[j] : '.';
		ascii[WORD] = '\0';
		crash_line("%016lx %02x %02x %02x %02x %02x %02x %02x %02x  %s",
			   a, b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], ascii);
	}
}

void crash_call_trace(unsigned long pc, unsigned long fp)
{
	int depth = 1;

	crash_line("Call Trace:");
	print_frame(pc, false);
	while (depth < CONFIG_LIBUKDEBUG_CRASH_TRACE_DEPTH) {
		const unsigned long *rec = (const unsigned long *)fp;
		unsigned long next;

		if (!fp)
			return;
		if (fp & (WORD - 1)) {
			crash_line("(misaligned frame pointer %016lx)", fp);
			return;
		}
		if (!ukplat_mem_mapped(fp, 2 * WORD)) {
			crash_line("(unreadable frame pointer %016lx)", fp);
			return;
		}
		if (!rec[1])
			return;
		print_frame(rec[1], true);
		depth++;
		next = rec[0];
		if (next && next <= fp) {
			crash_line("(frame pointer %016lx does not grow)", next);
			return;
		}
		fp = next;
	}
}
