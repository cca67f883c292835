/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The profiler's table of stacks (lib/ukprof/stacks.c) against a list
 * searched linearly: random stacks from a small alphabet (so that many
 * repeat), a fixed seed; counts, the fill limit, truncation, clearing.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "stacks.h"

#define NSLOTS 64
#define LIMIT  (NSLOTS * 3 / 4)

static struct prof_stack slots[NSLOTS];
static struct prof_table table = { slots, NSLOTS, 0 };

static struct model {
	unsigned long tid;
	size_t depth;
	unsigned long frames[PROF_DEPTH];
	uint64_t count;
} model[NSLOTS];
static size_t model_used;

static int model_add(unsigned long tid, const unsigned long *f, size_t depth)
{
	if (depth > PROF_DEPTH)
		depth = PROF_DEPTH;
	for (size_t i = 0; i < model_used; i++)
		if (model[i].tid == tid && model[i].depth == depth &&
		    !memcmp(model[i].frames, f, depth * sizeof(*f))) {
			model[i].count++;
			return 0;
		}
	if (model_used + 1 > LIMIT)
		return -1;
	model[model_used].tid = tid;
	model[model_used].depth = depth;
	memcpy(model[model_used].frames, f, depth * sizeof(*f));
	model[model_used++].count = 1;
	return 0;
}

/* Every stack of the model is in the table with its count, and no other. */
static void compare(void)
{
	size_t found = 0;

	for (size_t i = 0; i < NSLOTS; i++) {
		const struct prof_stack *s = &slots[i];
		bool match = false;

		if (!s->count)
			continue;
		found++;
		for (size_t j = 0; j < model_used && !match; j++)
			match = model[j].tid == s->tid &&
				model[j].depth == s->depth &&
				!memcmp(model[j].frames, s->frames,
					s->depth * sizeof(s->frames[0])) &&
				model[j].count == s->count;
		CHECK(match,
		      "slot %zu (tid %lu depth %u count %llu) not in the "
		      "model",
		      i, s->tid, s->depth, (unsigned long long)s->count);
	}
	CHECK(found == model_used && table.used == model_used,
	      "%zu slots used, table says %zu, model %zu", found, table.used,
	      model_used);
}

int main(void)
{
	unsigned long f[PROF_DEPTH + 4];
	int dropped = 0, model_dropped = 0;

	srand(15);
	for (int n = 0; n < 5000; n++) {
		size_t depth = 1 + (size_t)rand() % (PROF_DEPTH + 3);
		unsigned long tid = 1 + (unsigned long)rand() % 3;

		for (size_t i = 0; i < depth; i++)
			f[i] = 0x1000 + (unsigned long)(rand() % 2) * 0x10;
		dropped += prof_table_add(&table, tid, f, depth) < 0;
		model_dropped += model_add(tid, f, depth) < 0;
	}
	CHECK(dropped == model_dropped && dropped > 0,
	      "dropped %d, model %d (the fill limit must be reached)", dropped,
	      model_dropped);
	compare();

	/* Deeper than PROF_DEPTH: the innermost frames are the stack. */
	prof_table_clear(&table);
	model_used = 0;
	CHECK(table.used == 0 && !slots[0].count && !slots[NSLOTS - 1].count,
	      "clear leaves %zu", table.used);
	for (size_t i = 0; i < PROF_DEPTH + 4; i++)
		f[i] = 0x2000 + i;
	CHECK(prof_table_add(&table, 1, f, PROF_DEPTH + 4) == 0, "deep add");
	CHECK(prof_table_add(&table, 1, f, PROF_DEPTH) == 0, "same, cut");
	model_add(1, f, PROF_DEPTH + 4);
	model_add(1, f, PROF_DEPTH);
	compare();

	/* A table without slots takes nothing. */
	struct prof_table none = { NULL, 0, 0 };
	CHECK(prof_table_add(&none, 1, f, 1) < 0, "empty table took a stack");
	return check_summary("test_prof_stacks");
}
