/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The unwinder (<uk/backtrace.h>): one walk behind the crash screen, the
 * thread views, the GDB stub's `monitor bt` and the profiler. Each step
 * finds the caller by the unwind table's rule for the PC (the compiler's
 * call frame information, exact at every instruction: in a prologue, in a
 * leaf without a frame, after the epilogue's restore), and where the table
 * has none (assembly without CFI, an image without the table) by the frame
 * record the frame pointer points to; frame records look the same on
 * x86_64 and arm64: { previous frame pointer, return address }. A return
 * address into the trap entry continues with the interrupted context the
 * trap frame holds, flagged UK_UNWIND_TRAP. Memory is read through
 * ukdebug_read_word(), so a garbage pointer ends the walk (the reason is
 * kept for the printer) instead of faulting again. docs/unwinding.md says
 * why the walk agrees with a debugger's.
 */
#include <uk/backtrace.h>
#include "safe_read.h"
#include "unwind.h"
#include "unwind_table.h"

#define WORD sizeof(unsigned long)

static void unwind_end(struct unwind_out *o, enum unwind_end why,
		       unsigned long addr)
{
	o->end = why;
	o->addr = addr;
}

/*
 * The caller of the context @r through its frame record into @n: 1, or 0
 * when the walk ends here. A frame pointer that does not grow still gives
 * its return address; *@last says that it is the last.
 */
static int step_frame_record(const struct unwind_regs *r, unsigned long lo,
			     unsigned long hi, struct unwind_regs *n,
			     bool *last, struct unwind_out *o)
{
	unsigned long fp = r->fp, next, ret;

	if (!fp)
		return 0;
	if (hi && (fp < lo || fp > hi - 2 * WORD))
		return 0;
	if (fp & (WORD - 1)) {
		unwind_end(o, UNWIND_END_MISALIGNED, fp);
		return 0;
	}
	if (ukdebug_read_word(fp, &next) ||
	    ukdebug_read_word(fp + WORD, &ret)) {
		unwind_end(o, UNWIND_END_UNREADABLE, fp);
		return 0;
	}
	if (!ret)
		return 0;
	if (next && next <= fp) {
		unwind_end(o, UNWIND_END_NOGROW, next);
		*last = true;
	}
	n->pc = ret;
	n->fp = next;
	n->sp = fp + 2 * WORD;
	n->lr = 0;
	n->exact = false;
	return 1;
}

/*
 * The caller of the context @r by the table's rule @e into @n: 1, 0 when
 * the walk ends here (the outermost frame, the stack's bounds), -1 when
 * the rule cannot apply (the return address in a link register a return
 * address frame no longer has) and frame records must do.
 */
static int step_rule(const struct unwind_regs *r,
		     const struct uk_unwind_entry *e, unsigned long lo,
		     unsigned long hi, struct unwind_regs *n,
		     struct unwind_out *o)
{
	unsigned long cfa, ra, fp = r->fp;

	if (e->kind == UK_UNWIND_OUTERMOST)
		return 0;
	if (!e->ra_off && !r->exact)
		return -1;
	cfa = (e->cfa_reg == UK_UNWIND_CFA_FP ? r->fp : r->sp) + e->cfa_off;
	if (hi && (cfa < lo || cfa > hi))
		return 0;
	/* A frame that made a call has pushed or stored something. */
	if (cfa < r->sp || (cfa == r->sp && !r->exact)) {
		unwind_end(o, UNWIND_END_NOGROW, cfa);
		return 0;
	}
	if (e->ra_off) {
		if (ukdebug_read_word(cfa + e->ra_off, &ra)) {
			unwind_end(o, UNWIND_END_UNREADABLE, cfa + e->ra_off);
			return 0;
		}
	} else {
		ra = r->lr;
	}
	if (e->fp_off && ukdebug_read_word(cfa + e->fp_off, &fp)) {
		unwind_end(o, UNWIND_END_UNREADABLE, cfa + e->fp_off);
		return 0;
	}
	if (!ra)
		return 0;
	n->pc = ra;
	n->sp = cfa;
	n->fp = fp;
	n->lr = 0;
	n->exact = false;
	return 1;
}

/* The caller of @r into @n: 1, or 0 when the walk ends here. */
static int step(const struct unwind_regs *r, unsigned long lo, unsigned long hi,
		struct unwind_regs *n, bool *last, struct unwind_out *o)
{
	const struct uk_unwind_entry *e = unwind_rule(r->pc - !r->exact);
	int rc = -1;

	if (e && e->kind != UK_UNWIND_NONE)
		rc = step_rule(r, e, lo, hi, n, o);
	if (rc >= 0)
		return rc;
	return step_frame_record(r, lo, hi, n, last, o);
}

void ukdebug_unwind(const struct unwind_regs *start, unsigned long stack_lo,
		    unsigned long stack_hi, struct unwind_out *o)
{
	struct unwind_regs r = *start;
	uint8_t flag = 0;
	/*
	 * The bounds apply once the walk is on the bounded stack: a trace
	 * taken in an interrupt handler starts on the interrupt's stack and
	 * reaches the thread's through the trap frame.
	 */
	bool inside = stack_hi && r.sp >= stack_lo && r.sp <= stack_hi;

	o->n = 0;
	unwind_end(o, UNWIND_END_DONE, 0);
	while (o->n < o->max) {
		struct unwind_regs n;
		bool last = false;
		int trap;

		o->pcs[o->n] = r.pc;
		if (o->flags)
			o->flags[o->n] = flag;
		o->n++;
		if (o->n == o->max ||
		    !step(&r, inside ? stack_lo : 0, inside ? stack_hi : 0, &n,
			  &last, o))
			return;
		trap = unwind_arch_trap(n.pc, n.fp, &n);
		if (trap < 0) {
			unwind_end(o, UNWIND_END_UNREADABLE, n.fp);
			return;
		}
		flag = trap ? UK_UNWIND_TRAP : 0;
		if (!n.pc)
			return;
		r = n;
		inside = inside ||
			 (stack_hi && r.sp >= stack_lo && r.sp <= stack_hi);
		if (last) {
			o->pcs[o->n] = r.pc;
			if (o->flags)
				o->flags[o->n] = flag;
			o->n++;
			return;
		}
	}
}

/* The walk from @r, once the caller's registers are in it. */
static int unwind_from(struct unwind_regs *r, unsigned long stack_lo,
		       unsigned long stack_hi, unsigned long *pcs,
		       uint8_t *flags, int max)
{
	struct unwind_out o = { .pcs = pcs, .flags = flags, .max = max };

	if (max <= 0)
		return 0;
	ukdebug_unwind(r, stack_lo, stack_hi, &o);
	return o.n;
}

int uk_unwind(const struct __regs *regs, unsigned long stack_lo,
	      unsigned long stack_hi, unsigned long *pcs, uint8_t *flags,
	      int max)
{
	struct unwind_regs r;

	unwind_arch_regs(regs, &r);
	return unwind_from(&r, stack_lo, stack_hi, pcs, flags, max);
}

int uk_unwind_ctx(const struct ukarch_ctx *ctx, unsigned long stack_lo,
		  unsigned long stack_hi, unsigned long *pcs, uint8_t *flags,
		  int max)
{
	struct unwind_regs r;

	unwind_arch_ctx(ctx, &r);
	return unwind_from(&r, stack_lo, stack_hi, pcs, flags, max);
}
