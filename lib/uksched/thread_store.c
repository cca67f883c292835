/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukstore entries of uksched: thread count, context switches and idle
 * time, and per thread (object = the thread's id) its name, state, CPU
 * time, switches and deepest stack use. A thread's entries carry its id,
 * not a pointer: each read looks the thread up with interrupts masked, so
 * a reader racing the thread's exit reads "no such entry" instead of freed
 * memory. Threads that exist before the init level below (main, idle) get
 * their entries there; later ones when they are created.
 */
#include <stdio.h>
#include <uk/arch/lcpu.h>
#include <uk/init.h>
#include <uk/print.h>
#include <uk/store.h>
#include "thread_store.h"

UK_STORE_ENTRY_RO(uksched, threads, u64, uk_sched_thread_count(), "",
		  "threads alive or waiting to be joined, idle included");
UK_STORE_ENTRY_RO(uksched, context_switches, u64, uk_sched_switches(), "count",
		  "context switches since boot");
UK_STORE_ENTRY_RO(uksched, idle_time_ns, u64, uk_sched_idle_ns(),
		  "nanoseconds_total",
		  "time the idle thread had the CPU (halted, mostly)");

enum field { F_NAME, F_STATE, F_CPU, F_SWITCHES, F_STACK };

/* Read field @f of thread @id: 0, or -UK_STORE_ENOENT when it is gone. */
static int read_field(void *cookie, enum field f, uint64_t *u, char *s,
		      size_t len)
{
	unsigned long flags = ukarch_irq_save();
	const struct uk_thread *t = uk_thread_find((uintptr_t)cookie);
	int rc = 0;

	if (!t)
		rc = -UK_STORE_ENOENT;
	else if (f == F_NAME)
		rc = uk_store_copy_string(s, len, t->name);
	else if (f == F_STATE)
		rc = uk_store_copy_string(s, len,
					  uk_thread_state_name(t->state));
	else if (f == F_CPU)
		*u = uk_thread_cpu_time_ns(t);
	else if (f == F_SWITCHES)
		*u = t->switches;
	else
		*u = uk_thread_stack_used_max(t);
	ukarch_irq_restore(flags);
	return rc;
}

static int get_name(void *cookie, char *buf, size_t len)
{
	return read_field(cookie, F_NAME, NULL, buf, len);
}

static int get_state(void *cookie, char *buf, size_t len)
{
	return read_field(cookie, F_STATE, NULL, buf, len);
}

static int get_cpu(void *cookie, uint64_t *out)
{
	return read_field(cookie, F_CPU, out, NULL, 0);
}

static int get_switches(void *cookie, uint64_t *out)
{
	return read_field(cookie, F_SWITCHES, out, NULL, 0);
}

static int get_stack(void *cookie, uint64_t *out)
{
	return read_field(cookie, F_STACK, out, NULL, 0);
}

static const struct {
	const char *name;
	enum uk_store_type type;
	void *get;
	const char *unit, *help;
} entries[] = {
	{ "name", UK_STORE_STRING, get_name, "", "the thread's name" },
	{ "state", UK_STORE_STRING, get_state, "",
	  "running, ready, blocked, sleeping or exited" },
	{ "cpu_time_ns", UK_STORE_U64, get_cpu, "nanoseconds_total",
	  "time the thread had the CPU" },
	{ "switches", UK_STORE_U64, get_switches, "count",
	  "times the thread was switched in" },
	{ "stack_used_max", UK_STORE_U64, get_stack, "bytes",
	  "deepest stack use so far" },
};

static bool store_ready;

static void add_entries(unsigned long id)
{
	char object[24];

	snprintf(object, sizeof(object), "%lu", id);
	for (unsigned int i = 0; i < ARRAY_SIZE(entries); i++)
		if (!uk_store_add_dynamic("uksched", object, entries[i].name,
					  entries[i].type, entries[i].get, NULL,
					  (void *)(uintptr_t)id,
					  entries[i].unit, entries[i].help))
			uk_pr_warn("cannot add store entry uksched/%s/%s\n",
				   object, entries[i].name);
}

void uk_sched_store_thread_added(struct uk_thread *t)
{
	if (store_ready)
		add_entries(t->id);
}

void uk_sched_store_thread_removed(struct uk_thread *t)
{
	char object[24];

	snprintf(object, sizeof(object), "%lu", t->id);
	uk_store_remove_object("uksched", object);
}

/*
 * The thread list is walked with interrupts masked, but adding entries
 * allocates: so the ids are taken one at a time, each after the last.
 */
static int thread_store_init(void)
{
	unsigned long last = 0, flags;

	for (;;) {
		const struct uk_thread *t;
		unsigned long id = 0;

		flags = ukarch_irq_save();
		for (t = uk_thread_first(); t && t->id <= last;
		     t = uk_thread_next(t))
			;
		if (t)
			id = t->id;
		ukarch_irq_restore(flags);
		if (!id)
			break;
		add_entries(id);
		last = id;
	}
	store_ready = true;
	return 0;
}
UK_INIT(thread_store_init, UK_INIT_LEVEL_LIB);
