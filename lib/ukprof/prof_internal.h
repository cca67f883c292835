/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the sampler (sampler.c) shares with the dump (dump.c): the table
 * of stacks, and how to read the unwinder's frames.
 */
#ifndef UKPROF_INTERNAL_H
#define UKPROF_INTERNAL_H

#include <uk/backtrace.h>
#include "stacks.h"

extern struct prof_table prof_table;

/*
 * Whether frame @i of a trace from uk_unwind(), with its @flags, holds a
 * return address (looked up one byte back) rather than an exact PC: the
 * sampled one, or one a trap or interrupt interrupted.
 */
static inline bool prof_frame_is_return(int i, uint8_t flags)
{
	return i > 0 && !(flags & UK_UNWIND_TRAP);
}

#endif /* UKPROF_INTERNAL_H */
