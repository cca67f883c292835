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
 * Without ukdebug, uk_unwind() finds no frame and uk_backtrace() prints
 * nothing.
 */
#ifndef UK_BACKTRACE_H
#define UK_BACKTRACE_H

#include <uk/essentials.h>
#include <uk/asm/regs.h>
#include <uk/arch/ctx.h>

/* Receives one line of output, without its newline. */
typedef void (*uk_backtrace_out_fn)(void *arg, const char *line);

/* Longest line a view produces, terminator included. */
#define UK_BACKTRACE_LINE_MAX 160

/* Format one line (at most UK_BACKTRACE_LINE_MAX) and hand it to @out. */
__printf(3, 4) void uk_backtrace_printf(uk_backtrace_out_fn out, void *arg,
					const char *fmt, ...);

/* A trace entry is the PC of a context a trap or interrupt interrupted. */
#define UK_UNWIND_TRAP 0x1

#if CONFIG_LIBUKDEBUG
/*
 * Walk the call chain of the context @regs into @pcs: pcs[0] its PC, then
 * one return address per caller, at most @max entries. When @flags is not
 * NULL, flags[i] gets UK_UNWIND_TRAP where the walk crossed a trap or
 * interrupt frame and entry i is the interrupted PC (its context continues
 * the trace). With @stack_hi nonzero the walk ends when the stack pointer
 * leaves [@stack_lo, @stack_hi] (a thread's base); with 0 the bounds are
 * unknown and it ends at the outermost frame or at unreadable memory.
 * Return the number of entries. Works in trap and interrupt context: no
 * lock, no allocation, memory read through nofault, at most @max steps.
 */
int uk_unwind(const struct __regs *regs, unsigned long stack_lo,
	      unsigned long stack_hi, unsigned long *pcs, uint8_t *flags,
	      int max);

/*
 * uk_unwind() of a switched-out thread from its saved context (PC, SP and
 * frame pointer as at the return from ukarch_ctx_switch).
 */
int uk_unwind_ctx(const struct ukarch_ctx *ctx, unsigned long stack_lo,
		  unsigned long stack_hi, unsigned long *pcs, uint8_t *flags,
		  int max);

/*
 * Print uk_unwind() of @regs, at most CONFIG_LIBUKDEBUG_CRASH_TRACE_DEPTH
 * lines of "[pc] symbol+0xoff"; a "-- interrupt --" line before an
 * interrupted context, and a note in one line when the walk ended at
 * memory it could not read or at a stack that does not grow.
 */
void uk_backtrace(const struct __regs *regs, unsigned long stack_lo,
		  unsigned long stack_hi, uk_backtrace_out_fn out, void *arg);
#else
static inline int uk_unwind(const struct __regs *regs __unused,
			    unsigned long stack_lo __unused,
			    unsigned long stack_hi __unused,
			    unsigned long *pcs __unused,
			    uint8_t *flags __unused, int max __unused)
{
	return 0;
}

static inline void uk_backtrace(const struct __regs *regs __unused,
				unsigned long stack_lo __unused,
				unsigned long stack_hi __unused,
				uk_backtrace_out_fn out __unused,
				void *arg __unused)
{
}
#endif

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
