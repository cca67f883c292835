/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Thread life cycle: creation (stack with a guard page below it, painted
 * so the deepest use can be measured), the list of every thread by id,
 * exit, join, detach, and freeing. Ids only grow, so an id a debugger
 * saw never names another thread.
 */
#include <errno.h>
#include <string.h>
#include <uk/alloc.h>
#include <uk/assert.h>
#include <uk/arch/lcpu.h>
#include <uk/print.h>
#include <uk/plat/memory.h>
#include <uk/trace.h>
#include "sched_internal.h"
#include "thread_store.h"

#define STACK_PAINT 0x5ca1ab1e5ca1ab1eUL

static struct uk_thread *all_head, *all_tail;
static unsigned long next_id = 1;
static unsigned long nthreads;
/* Detached threads that exited, for the idle thread to free. */
static struct uk_thread *zombies;
static bool warned_unguarded;

void thread_list_add(struct uk_thread *t)
{
	unsigned long flags = ukarch_irq_save();

	t->id = next_id++;
	t->all_next = NULL;
	t->all_prev = all_tail;
	if (all_tail)
		all_tail->all_next = t;
	else
		all_head = t;
	all_tail = t;
	nthreads++;
	ukarch_irq_restore(flags);
}

static void thread_list_del(struct uk_thread *t)
{
	if (t->all_prev)
		t->all_prev->all_next = t->all_next;
	else
		all_head = t->all_next;
	if (t->all_next)
		t->all_next->all_prev = t->all_prev;
	else
		all_tail = t->all_prev;
	nthreads--;
}

struct uk_thread *uk_thread_first(void)
{
	return all_head;
}

struct uk_thread *uk_thread_next(const struct uk_thread *t)
{
	return t->all_next;
}

struct uk_thread *uk_thread_find(unsigned long id)
{
	for (struct uk_thread *t = all_head; t; t = t->all_next)
		if (t->id == id)
			return t;
	return NULL;
}

unsigned long uk_sched_thread_count(void)
{
	return nthreads;
}

void uk_thread_set_name(struct uk_thread *t, const char *name)
{
	strncpy(t->name, name ? name : "", sizeof(t->name) - 1);
	t->name[sizeof(t->name) - 1] = '\0';
}

/*
 * Eight words a step: painting is most of what creating a thread, and
 * adopting the boot stack as main's, costs.
 */
void thread_paint_stack(uintptr_t lo, uintptr_t hi)
{
	uint64_t *p = (uint64_t *)ALIGN_UP(lo, 64);

	for (; (uintptr_t)(p + 8) <= hi; p += 8) {
		p[0] = STACK_PAINT;
		p[1] = STACK_PAINT;
		p[2] = STACK_PAINT;
		p[3] = STACK_PAINT;
		p[4] = STACK_PAINT;
		p[5] = STACK_PAINT;
		p[6] = STACK_PAINT;
		p[7] = STACK_PAINT;
	}
}

size_t uk_thread_stack_used_max(const struct uk_thread *t)
{
	const uint64_t *p = (const uint64_t *)t->stack_lo;

	while ((uintptr_t)p < t->stack_hi && *p == STACK_PAINT)
		p++;
	return t->stack_hi - (uintptr_t)p;
}

/* Every thread starts here, interrupts masked (it was switched to). */
static void thread_entry(void *arg)
{
	struct uk_thread *t = arg;

	ukarch_irq_enable();
	uk_thread_exit(t->fn(t->arg));
}

struct uk_thread *thread_new(const char *name, void *(*fn)(void *), void *arg,
			     size_t stack_size)
{
	struct uk_alloc *a = uk_alloc_get_default();
	size_t pages;
	struct uk_thread *t;
	uintptr_t base, guard = 0;

	if (!stack_size)
		stack_size = CONFIG_LIBUKSCHED_STACK_SIZE * KiB;
	pages = ALIGN_UP(stack_size, UKARCH_PAGE_SIZE) / UKARCH_PAGE_SIZE;
	t = uk_memalign(a, 64, sizeof(*t));
	if (!t)
		return NULL;
	memset(t, 0, sizeof(*t));
	base = (uintptr_t)uk_palloc(a, pages + 1);
	if (!base) {
		uk_free(a, t);
		return NULL;
	}
	if (ukplat_page_set_guard(base, true) == 0)
		guard = base;
	else if (!warned_unguarded) {
		warned_unguarded = true;
		uk_pr_warn("uksched: thread %s and others go without guard "
			   "page\n",
			   name);
	}
	t->stack_lo = base + UKARCH_PAGE_SIZE;
	t->stack_hi = t->stack_lo + pages * UKARCH_PAGE_SIZE;
	thread_paint_stack(t->stack_lo, t->stack_hi);
	t->flags = UK_THREAD_F_OWN_STACK;
	t->fn = fn;
	t->arg = arg;
	uk_thread_set_name(t, name);
	ukarch_ctx_init(&t->ctx, t->stack_hi, guard, thread_entry, t);
	thread_list_add(t);
	return t;
}

struct uk_thread *uk_thread_create(const char *name, void *(*fn)(void *),
				   void *arg, size_t stack_size)
{
	struct uk_thread *t;
	unsigned long flags;

	thread_reap();
	t = thread_new(name, fn, arg, stack_size);
	if (!t)
		return NULL;
	uk_sched_store_thread_added(t);
	flags = ukarch_irq_save();
	sched_make_ready(t);
	ukarch_irq_restore(flags);
	return t;
}

/* Gone from every list a debugger reads, then its memory is returned. */
static void thread_free(struct uk_thread *t)
{
	struct uk_alloc *a = uk_alloc_get_default();
	uintptr_t base = t->stack_lo - UKARCH_PAGE_SIZE;
	unsigned long flags;

	uk_sched_store_thread_removed(t);
	flags = ukarch_irq_save();
	thread_list_del(t);
	ukarch_irq_restore(flags);
	if (!(t->flags & UK_THREAD_F_OWN_STACK))
		return; /* main: the boot stack and a static struct */
	if (t->ctx.stack_guard)
		ukplat_page_set_guard(base, false);
	uk_pfree(a, (void *)base,
		 (t->stack_hi - t->stack_lo) / UKARCH_PAGE_SIZE + 1);
	uk_free(a, t);
}

void thread_reap(void)
{
	for (;;) {
		unsigned long flags = ukarch_irq_save();
		struct uk_thread *t = zombies;

		if (t)
			zombies = t->qnext;
		ukarch_irq_restore(flags);
		if (!t)
			return;
		thread_free(t);
	}
}

UK_TRACEPOINT(thread_exit, "id=%lu name=%s", unsigned long, const char *);

void uk_thread_exit(void *retval)
{
	struct uk_thread *t;

	ukarch_irq_disable();
	t = sched_current;
	thread_exit(t->id, t->name);
	t->retval = retval;
	t->state = UK_THREAD_EXITED;
	t->wait_what = NULL;
	uk_waitq_wake_all(&t->joiners);
	if (t->flags & UK_THREAD_F_DETACHED) {
		t->qnext = zombies;
		zombies = t;
	}
	sched_reschedule();
	UK_CRASH("exited thread %lu was switched to", t->id);
}

int uk_thread_join(struct uk_thread *t, void **retval)
{
	unsigned long flags;

	if (t == sched_current)
		return -EDEADLK;
	flags = ukarch_irq_save();
	if (t->flags & (UK_THREAD_F_DETACHED | UK_THREAD_F_JOINED)) {
		ukarch_irq_restore(flags);
		return -EINVAL;
	}
	t->flags |= UK_THREAD_F_JOINED;
	while (t->state != UK_THREAD_EXITED)
		uk_waitq_wait(&t->joiners, "join", 0);
	ukarch_irq_restore(flags);
	if (retval)
		*retval = t->retval;
	thread_free(t);
	return 0;
}

int uk_thread_detach(struct uk_thread *t)
{
	unsigned long flags = ukarch_irq_save();

	if (t->flags & (UK_THREAD_F_DETACHED | UK_THREAD_F_JOINED)) {
		ukarch_irq_restore(flags);
		return -EINVAL;
	}
	t->flags |= UK_THREAD_F_DETACHED;
	if (t->state == UK_THREAD_EXITED) {
		t->qnext = zombies;
		zombies = t;
	}
	ukarch_irq_restore(flags);
	return 0;
}
