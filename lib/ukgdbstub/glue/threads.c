/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The kernel's threads for the stub (with uksched): the thread list in
 * id order, names and states, the registers of the threads that are not
 * running (arch/<arch>/thread_regs.c), and scheduler locking for the
 * verdict of a session. The world is stopped while the stub asks, so the
 * list cannot change under it; before the scheduler has a thread, the
 * kernel is the one thread 1 (main() runs as thread 1 too).
 */
#include <uk/sched.h>
#include "../arch/gdbstub_arch.h"
#include "glue.h"

/*
 * The thread last looked up, and the stop it was looked up in: the stub
 * walks the list by id (next(id), then describe or registers of the same
 * id), and this makes each step O(1) whatever uk_thread_find costs. A
 * thread may be gone at the next stop, so the cache holds for one stop.
 */
static struct uk_thread *last;
static uint64_t last_stop;

static struct uk_thread *lookup(unsigned long id)
{
	uint64_t stop = uk_gdbstub_stats(&gdb_stub)->stops;

	if (!last || last_stop != stop || last->id != id) {
		last = uk_thread_find(id);
		last_stop = stop;
	}
	return last;
}

static unsigned long th_current(void *ctx __unused)
{
	struct uk_thread *t = uk_thread_current();

	return t ? t->id : 1;
}

static unsigned long th_next(void *ctx __unused, unsigned long id)
{
	struct uk_thread *t;

	if (!uk_thread_first())
		return id < 1 ? 1 : 0;
	if (!id) {
		t = uk_thread_first();
	} else if (lookup(id)) {
		t = uk_thread_next(last);
	} else {
		/* @id is gone: the first one above it. */
		for (t = uk_thread_first(); t && t->id <= id;)
			t = uk_thread_next(t);
	}
	last = t;
	last_stop = uk_gdbstub_stats(&gdb_stub)->stops;
	return t ? t->id : 0;
}

static int th_describe(void *ctx __unused, unsigned long id,
		       struct uk_gdbstub_thread *d)
{
	struct uk_thread *t;

	if (!uk_thread_first())
		return id == 1 ? 0 : -1;
	t = lookup(id);
	if (!t)
		return -1;
	d->name = t->name;
	d->state = uk_thread_state_name(t->state);
	if (t->state == UK_THREAD_BLOCKED || t->state == UK_THREAD_SLEEPING)
		d->detail = t->wait_what;
	return 0;
}

static int th_regs_read(void *ctx __unused, unsigned long id, uint8_t *image,
			size_t len, uint8_t *known)
{
	struct uk_thread *t = lookup(id);

	return t ? gdb_arch_thread_regs_read(t, image, len, known) : -1;
}

static int th_regs_write(void *ctx __unused, unsigned long id,
			 const uint8_t *image, size_t len)
{
	struct uk_thread *t = lookup(id);

	return t ? gdb_arch_thread_regs_write(t, image, len) : -1;
}

const struct uk_gdbstub_threads gdb_glue_threads = {
	.current = th_current,
	.next = th_next,
	.describe = th_describe,
	.regs_read = th_regs_read,
	.regs_write = th_regs_write,
};

/* The scheduler is told only of changes: a step loop does not re-arm its
 * timer at every step. */
void gdb_glue_threads_lock(unsigned long id)
{
	static unsigned long locked;

	if (id == locked || !uk_thread_first())
		return;
	uk_sched_lock_to(id ? lookup(id) : NULL);
	locked = id;
}
