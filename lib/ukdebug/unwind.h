/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The unwinder's insides (unwind.c), shared by the call trace printer
 * (backtrace.c) and the thread views (threads.c), and what each
 * architecture provides to it (lib/ukdebug/arch/<arch>/unwind_arch.c).
 * Everything here runs in trap context: no allocation, no locks, memory
 * read only through ukdebug_read_word().
 */
#ifndef UKDEBUG_UNWIND_H
#define UKDEBUG_UNWIND_H

#include <uk/backtrace.h>

/* One context of the walk. */
struct unwind_regs {
	unsigned long pc, sp, fp;
	unsigned long lr; /* arm64's link register; unused on x86_64 */
	/*
	 * The context stands at pc with every register above valid (a trap
	 * frame, a saved thread context, the start): pc is looked up as it
	 * is. Otherwise pc is a return address, looked up one byte back (a
	 * call to a noreturn function may end its caller), and lr is unknown.
	 */
	bool exact;
};

/* Why a walk ended before reaching its outermost frame or its bounds. */
enum unwind_end {
	UNWIND_END_DONE,
	UNWIND_END_UNREADABLE, /* stack memory at addr not readable */
	UNWIND_END_MISALIGNED, /* frame pointer addr misaligned */
	UNWIND_END_NOGROW,     /* frame pointer addr not above the last */
};

struct unwind_out {
	unsigned long *pcs;
	uint8_t *flags; /* may be NULL */
	int max;
	int n;		     /* entries written */
	enum unwind_end end; /* and why no more */
	unsigned long addr;
};

/* Walk from @start into @o (see uk_unwind()). */
void ukdebug_unwind(const struct unwind_regs *start, unsigned long stack_lo,
		    unsigned long stack_hi, struct unwind_out *o);

/*
 * Print the walk from @start as uk_backtrace() does, leaving out its first
 * @skip entries (the printer's own callers).
 */
void ukdebug_backtrace(const struct unwind_regs *start, unsigned long stack_lo,
		       unsigned long stack_hi, int skip,
		       uk_backtrace_out_fn out, void *arg);

struct uk_unwind_entry;

#if CONFIG_LIBUKDEBUG_UNWIND_TABLE
/* The unwind table's rule for @pc (unwind_table.c), or NULL. */
const struct uk_unwind_entry *unwind_rule(unsigned long pc);
#else
static inline const struct uk_unwind_entry *
unwind_rule(unsigned long pc __unused)
{
	return NULL;
}
#endif

/* What each architecture provides. */

/* The context a trap frame or a snapshot (ukarch_regs_capture) holds. */
void unwind_arch_regs(const struct __regs *regs, struct unwind_regs *r);

/* The context a switched-out thread resumes with. */
void unwind_arch_ctx(const struct ukarch_ctx *ctx, struct unwind_regs *r);

/*
 * When @ret is the return address of the trap entry's call of the C trap
 * handler and @fp the frame pointer the entry set up for it, fill @r with
 * the interrupted context and return 1; return 0 for any other @ret, -1
 * when the trap frame cannot be read.
 */
int unwind_arch_trap(unsigned long ret, unsigned long fp,
		     struct unwind_regs *r);

#endif /* UKDEBUG_UNWIND_H */
