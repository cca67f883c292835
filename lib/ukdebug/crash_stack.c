/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Stack dump and frame-pointer call trace for the crash screen. Both read
 * memory through nofault (or, without it, only where ukplat_mem_mapped()
 * says there is memory), so a garbage SP or FP prints "unreadable" instead
 * of faulting again. Frame records look the same on x86_64 and arm64:
 * { previous frame pointer, return address }.
 */
#include <uk/plat/trap.h>
#include <uk/nofault.h>
#include <uk/symbols.h>
#include "crash_arch.h"
#include "crash_stack.h"

#define WORD sizeof(unsigned long)

static int read_word(unsigned long addr, unsigned long *val)
{
	if (IS_ENABLED(CONFIG_LIBUKNOFAULT))
		return uk_nofault_try_read(val, addr);
	if (!ukplat_mem_mapped(addr, WORD))
		return -1;
	*val = *(const unsigned long *)addr;
	return 0;
}

/*
 * A return address is looked up one byte back: after a call to a noreturn
 * function it points past the end of the caller.
 */
static void print_frame(unsigned long addr, bool is_return)
{
	struct uk_symbol sym;

	if (uk_resolve_symbol(addr - is_return, &sym) == 0)
		crash_line("[%016lx] %s+0x%lx", addr, sym.name,
			   sym.offset + is_return);
	else
		crash_line("[%016lx] ?", addr);
}

void crash_stack_dump(unsigned long sp)
{
	crash_line("Stack:");
	for (int i = 0; i < CONFIG_LIBUKDEBUG_CRASH_STACK_WORDS; i++) {
		unsigned long a = sp + i * WORD, word;
		const unsigned char *b = (const unsigned char *)&word;
		char ascii[WORD + 1];

		if (read_word(a, &word)) {
			crash_line("%016lx unreadable", a);
			return;
		}
		for (unsigned int j = 0; j < WORD; j++)
			ascii[j] = (b[j] >= 0x20 && b[j] < 0x7f) ? b[j] : '.';
		ascii[WORD] = '\0';
		crash_line("%016lx %02x %02x %02x %02x %02x %02x %02x %02x  %s",
			   a, b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
			   ascii);
	}
}

void crash_call_trace(unsigned long pc, unsigned long fp)
{
	int depth = 1;

	crash_line("Call Trace:");
	print_frame(pc, false);
	while (depth < CONFIG_LIBUKDEBUG_CRASH_TRACE_DEPTH) {
		unsigned long next, ret;

		if (!fp)
			return;
		if (fp & (WORD - 1)) {
			crash_line("(misaligned frame pointer %016lx)", fp);
			return;
		}
		if (read_word(fp, &next) || read_word(fp + WORD, &ret)) {
			crash_line("(unreadable frame pointer %016lx)", fp);
			return;
		}
		if (!ret)
			return;
		print_frame(ret, true);
		depth++;
		if (next && next <= fp) {
			crash_line("(frame pointer %016lx does not grow)",
				   next);
			return;
		}
		fp = next;
	}
}
