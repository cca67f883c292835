/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Symbolized call traces and thread views, printed a line at a time
 * through a callback so that the crash screen ("CRIT: " lines on the
 * polled console), the shell (stdout) and the GDB stub's `monitor` (the
 * debugger's console) share one implementation. Memory is read through
 * nofault (or only where ukplat_mem_mapped() says there is memory), nothing
 * is allocated and no lock is taken: the functions work in trap context.
 *
 * The thread views need uksched; without it (or without ukdebug) the
 * functions other libraries call are stubs that print nothing and return -1.
 */
#ifndef UK_BACKTRACE_H
#define UK_BACKTRACE_H

#include <uk/essentials.h>
#include <uk/asm/regs.h>

/* Receives one line of output, without its newline. */
typedef void (*uk_backtrace_out_fn)(void *arg, const char *line);

/* Longest line a view produces, terminator included. */
#define UK_BACKTRACE_LINE_MAX 160

/* Format one line (at most UK_BACKTRACE_LINE_MAX) and hand it to @out. */
__printf(3, 4) void uk_backtrace_printf(uk_backtrace_out_fn out, void *arg,
					const char *fmt, ...);

/*
 * Print "[pc] symbol+0xoff" for @pc, then one line per frame record
 * reached from @fp, at most CONFIG_LIBUKDEBUG_CRASH_TRACE_DEPTH lines.
 * With @stack_hi nonzero the walk ends quietly when a frame pointer leaves
 * [@stack_lo, @stack_hi) (a thread's base); otherwise it ends at a NULL
 * frame pointer or return address, and notes a misaligned, unreadable or
 * non-increasing frame pointer in one line.
 */
void uk_backtrace(unsigned long pc, unsigned long fp, unsigned long stack_lo,
		  unsigned long stack_hi, uk_backtrace_out_fn out, void *arg);

struct uk_thread;

#if CONFIG_LIBUKSCHED && CONFIG_LIBUKDEBUG
/*
 * Print "Thread: <name> (id N), <state>" and the thread's call trace: from
 * @running (its registers now) when @t is the running thread; a preempted
 * thread from its interrupted frame, marked "(preempted)"; any other from
 * its saved context. With @running NULL, the running thread's trace starts
 * in the caller. Call with interrupts masked or the world stopped.
 */
void uk_thread_backtrace(const struct uk_thread *t,
			 const struct __regs *running, uk_backtrace_out_fn out,
			 void *arg);

/*
 * uk_thread_backtrace() for the thread with id @id: 0, or -1 (printing
 * nothing) when there is no such thread.
 */
int uk_thread_backtrace_id(unsigned long id, const struct __regs *running,
			   uk_backtrace_out_fn out, void *arg);

/*
 * Print a header line, then one line per thread: id, name, state (and
 * what a blocked thread waits for), CPU time in seconds, context
 * switches, deepest stack use / stack size in bytes. Return the number of
 * threads listed. Call with interrupts masked or the world stopped.
 */
int uk_thread_list(uk_backtrace_out_fn out, void *arg);
#else
static inline int uk_thread_backtrace_id(unsigned long id __unused,
					 const struct __regs *running __unused,
					 uk_backtrace_out_fn out __unused,
					 void *arg __unused)
{
	return -1;
}

static inline int uk_thread_list(uk_backtrace_out_fn out __unused,
				 void *arg __unused)
{
	return -1;
}
#endif

#endif /* UK_BACKTRACE_H */
