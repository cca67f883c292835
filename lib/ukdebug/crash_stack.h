/* SPDX-License-Identifier: BSD-3-Clause */
/* The crash screen's stack dump and call trace (crash_stack.c). */
#ifndef UKDEBUG_CRASH_STACK_H
#define UKDEBUG_CRASH_STACK_H

#include <uk/arch/traps.h>

/*
 * Print CONFIG_LIBUKDEBUG_CRASH_STACK_WORDS words from @sp, eight bytes
 * per line with their characters; stop at the first unmapped word.
 */
void crash_stack_dump(unsigned long sp);

/* "Call Trace:", then uk_backtrace() of @regs. */
void crash_call_trace(const struct __regs *regs);

/* A uk_backtrace_out_fn that prints each line with crash_line(). */
void crash_trace_out(void *arg, const char *line);

#endif /* UKDEBUG_CRASH_STACK_H */
