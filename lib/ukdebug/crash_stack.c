/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Stack dump and call trace for the crash screen. The dump reads memory
 * through nofault (or, without it, only where ukplat_mem_mapped() says
 * there is memory), so a garbage SP prints "unreadable" instead of
 * faulting again; the trace is uk_backtrace() (backtrace.c).
 */
#include <uk/backtrace.h>
#include "crash_arch.h"
#include "safe_read.h"
#include "crash_stack.h"

#define WORD sizeof(unsigned long)

void crash_stack_dump(unsigned long sp)
{
	crash_line("Stack:");
	for (int i = 0; i < CONFIG_LIBUKDEBUG_CRASH_STACK_WORDS; i++) {
		unsigned long a = sp + i * WORD, word;
		const unsigned char *b = (const unsigned char *)&word;
		char ascii[WORD + 1];

		if (ukdebug_read_word(a, &word)) {
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

void crash_trace_out(void *arg __unused, const char *line)
{
	crash_line("%s", line);
}

void crash_call_trace(const struct __regs *regs)
{
	crash_line("Call Trace:");
	uk_backtrace(regs, 0, 0, crash_trace_out, NULL);
}
