/* SPDX-License-Identifier: BSD-3-Clause */
/* The crash screen's stack dump and call trace (crash_stack.c). */
#ifndef UKDEBUG_CRASH_STACK_H
#define UKDEBUG_CRASH_STACK_H

/*
 * Print CONFIG_LIBUKDEBUG_CRASH_STACK_WORDS words from @sp, eight bytes
 * per line with their characters; stop at the first unmapped word.
 */
void crash_stack_dump(unsigned long sp);

/*
 * Print "[pc] symbol+0xoff" for @pc, then for each frame record reached
 * from @fp, stopping on a NULL, misaligned, unmapped or non-increasing
 * frame pointer or at CONFIG_LIBUKDEBUG_CRASH_TRACE_DEPTH frames.
 */
void crash_call_trace(unsigned long pc, unsigned long fp);

#endif /* UKDEBUG_CRASH_STACK_H */
