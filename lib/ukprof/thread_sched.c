/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Threads for the sampler with uksched (prof_thread.h): in the timer
 * interrupt the current thread is still the interrupted one (a switch
 * happens only in the interrupt exit hook, after the handlers).
 */
#include <stdio.h>
#include <string.h>
#include <uk/arch/lcpu.h>
#include <uk/sched.h>
#include "prof_thread.h"

void prof_thread_now(unsigned long *tid, unsigned long *lo, unsigned long *hi)
{
	struct uk_thread *t = uk_thread_current();

	*tid = t ? t->id : 0;
	*lo = t ? t->stack_lo : 0;
	*hi = t ? t->stack_hi : 0;
}

void prof_thread_name(unsigned long tid, char *buf, size_t len)
{
	unsigned long flags = ukarch_irq_save();
	struct uk_thread *t = uk_thread_find(tid);

	if (t)
		snprintf(buf, len, "%s", t->name);
	else
		snprintf(buf, len, "thread-%lu", tid);
	ukarch_irq_restore(flags);
}
