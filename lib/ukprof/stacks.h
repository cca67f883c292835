/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The table of distinct stacks the sampler counts into: open addressing
 * with linear probing over a fixed array, no allocation, so an interrupt
 * handler can add to it. A stack is a thread id and its frames (function
 * addresses, innermost first). Pure logic: tests/host builds it too.
 */
#ifndef UKPROF_STACKS_H
#define UKPROF_STACKS_H

#include <stddef.h>
#include <stdint.h>

#ifndef CONFIG_LIBUKPROF_DEPTH
#define CONFIG_LIBUKPROF_DEPTH 16
#endif
#define PROF_DEPTH CONFIG_LIBUKPROF_DEPTH

struct prof_stack {
	uint64_t count; /* 0: the slot is free */
	unsigned long tid;
	uint32_t hash;
	uint32_t depth;
	unsigned long frames[PROF_DEPTH]; /* innermost first */
};

struct prof_table {
	struct prof_stack *slots;
	size_t nslots;
	size_t used;
};

/*
 * Count one sample of thread @tid with @depth frames (more than
 * PROF_DEPTH: the innermost PROF_DEPTH). Return 0, or -1 when the stack
 * is new and the table is three quarters full (probes stay short).
 */
int prof_table_add(struct prof_table *t, unsigned long tid,
		   const unsigned long *frames, size_t depth);

/* Empty the table. */
void prof_table_clear(struct prof_table *t);

#endif /* UKPROF_STACKS_H */
