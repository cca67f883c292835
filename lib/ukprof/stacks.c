/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The table of distinct stacks (stacks.h). The hash is FNV-1a over the
 * thread id and the frames, word by word; a slot matches on hash, thread,
 * depth and frames.
 */
#include <string.h>
#include "stacks.h"

#define FNV_OFFSET 2166136261u
#define FNV_PRIME  16777619u

static uint32_t mix(uint32_t h, unsigned long v)
{
	for (size_t i = 0; i < sizeof(v); i++) {
		h ^= (uint8_t)(v >> (8 * i));
		h *= FNV_PRIME;
	}
	return h;
}

static uint32_t stack_hash(unsigned long tid, const unsigned long *frames,
			   size_t depth)
{
	uint32_t h = mix(FNV_OFFSET, tid);

	for (size_t i = 0; i < depth; i++)
		h = mix(h, frames[i]);
	return h;
}

static int same(const struct prof_stack *s, uint32_t hash, unsigned long tid,
		const unsigned long *frames, size_t depth)
{
	return s->hash == hash && s->tid == tid && s->depth == depth &&
	       !memcmp(s->frames, frames, depth * sizeof(*frames));
}

int prof_table_add(struct prof_table *t, unsigned long tid,
		   const unsigned long *frames, size_t depth)
{
	uint32_t hash;
	size_t i;

	if (!t->nslots)
		return -1;
	if (depth > PROF_DEPTH)
		depth = PROF_DEPTH;
	hash = stack_hash(tid, frames, depth);
	for (i = hash % t->nslots; t->slots[i].count; i = (i + 1) % t->nslots) {
		if (same(&t->slots[i], hash, tid, frames, depth)) {
			t->slots[i].count++;
			return 0;
		}
	}
	if ((t->used + 1) * 4 > t->nslots * 3)
		return -1;
	t->slots[i].hash = hash;
	t->slots[i].tid = tid;
	t->slots[i].depth = (uint32_t)depth;
	memcpy(t->slots[i].frames, frames, depth * sizeof(*frames));
	t->slots[i].count = 1;
	t->used++;
	return 0;
}

void prof_table_clear(struct prof_table *t)
{
	memset(t->slots, 0, t->nslots * sizeof(*t->slots));
	t->used = 0;
}
