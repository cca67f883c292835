/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Dynamic entries: one allocation each (the public entry, a reference
 * count, and copies of the name, unit and help), indexed by an array of
 * pointers kept sorted by name, so that lookups are binary searches and
 * adding or removing costs one memmove. There is one CPU, but interrupt
 * handlers may look entries up or drop references, so every access to the
 * index and to a count runs with interrupts masked; the allocator is called
 * outside those sections.
 *
 * While an entry is in the index, the index holds one reference to it.
 * Removing it unlinks it and drops that reference; whoever drops the last
 * one frees it. A removed entry that someone still holds reads as gone
 * (store_live), so its object may be freed right after removal.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/arch/lcpu.h>
#include <uk/print.h>
#include "codec.h"
#include "name.h"
#include "registry.h"

struct store_dyn {
	struct uk_store_entry e; /* what callers see */
	unsigned int refs;
	bool linked;	/* in the index */
	char strings[]; /* name, unit, help */
};

static struct store_dyn **dyn; /* sorted by name */
static size_t dyn_count, dyn_cap;

static struct store_dyn *to_dyn(const struct uk_store_entry *e)
{
	return containerof(e, struct store_dyn, e);
}

/* First index whose name is >= @name. Call with interrupts masked. */
static size_t dyn_lower_bound(const char *name)
{
	size_t lo = 0, hi = dyn_count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(dyn[mid]->e.name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Make room for one more pointer in the index. */
static int dyn_reserve(void)
{
	struct store_dyn **grown, **old = NULL;
	unsigned long flags;
	size_t cap;

	if (dyn_count < dyn_cap)
		return 0;
	cap = dyn_cap ? 2 * dyn_cap : 16;
	grown = malloc(cap * sizeof(*grown));
	if (!grown)
		return -UK_STORE_ENOSPC;
	flags = ukarch_irq_save();
	/* An interrupt handler may have grown it meanwhile. */
	if (cap > dyn_cap) {
		if (dyn_count)
			memcpy(grown, dyn, dyn_count * sizeof(*dyn));
		old = dyn;
		dyn = grown;
		dyn_cap = cap;
		grown = NULL;
	}
	ukarch_irq_restore(flags);
	free(grown);
	free(old);
	return 0;
}

/*
 * "<lib>/<object>/<entry>" into @name (UK_STORE_NAME_MAX + 1 bytes): its
 * length, or -1 when it is longer. Cheaper than snprintf, and every boot
 * adds the allocator's entries.
 */
static int join_name(char *name, const char *lib, const char *object,
		     const char *entry)
{
	size_t l = strlen(lib), o = strlen(object), e = strlen(entry);
	size_t len = l + 1 + o + 1 + e;

	if (len > UK_STORE_NAME_MAX)
		return -1;
	memcpy(name, lib, l);
	name[l] = '/';
	memcpy(name + l + 1, object, o);
	name[l + 1 + o] = '/';
	memcpy(name + l + 1 + o + 1, entry, e + 1);
	return (int)len;
}

const struct uk_store_entry *
uk_store_add_dynamic(const char *lib, const char *object, const char *entry,
		     enum uk_store_type type, void *get, void *set,
		     void *cookie, const char *unit, const char *help)
{
	char name[UK_STORE_NAME_MAX + 1];
	size_t nlen, ulen, hlen, i;
	struct store_dyn *d;
	unsigned long flags;
	bool exists, added;
	int n;

	n = join_name(name, lib, object, entry);
	if (n < 0 || store_name_components(name) != 3 ||
	    !store_type_valid(type)) {
		uk_pr_err("cannot add %s/%s/%s: bad name or type\n", lib,
			  object, entry);
		return NULL;
	}
	unit = unit ? unit : "";
	help = help ? help : "";
	nlen = (size_t)n + 1;
	ulen = strlen(unit) + 1;
	hlen = strlen(help) + 1;
	d = malloc(sizeof(*d) + nlen + ulen + hlen);
	if (!d || dyn_reserve() < 0) {
		free(d);
		return NULL;
	}
	memcpy(d->strings, name, nlen);
	memcpy(d->strings + nlen, unit, ulen);
	memcpy(d->strings + nlen + ulen, help, hlen);
	d->e = (struct uk_store_entry){
		.name = d->strings,
		.unit = d->strings + nlen,
		.help = d->strings + nlen + ulen,
		.type = type,
		.get = get,
		.set = set,
		.cookie = cookie,
	};
	d->refs = 1;
	d->linked = true;

	flags = ukarch_irq_save();
	i = dyn_lower_bound(name);
	exists = i < dyn_count && strcmp(dyn[i]->e.name, name) == 0;
	/*
	 * Full again only if interrupt handlers added entries
	 * since the reserve.
	 */
	added = !exists && dyn_count < dyn_cap;
	if (added) {
		memmove(&dyn[i + 1], &dyn[i], (dyn_count - i) * sizeof(*dyn));
		dyn[i] = d;
		dyn_count++;
	}
	ukarch_irq_restore(flags);
	if (!added) {
		uk_pr_err("cannot add %s: %s\n", name,
			  exists ? "it exists" : "index full");
		free(d);
		return NULL;
	}
	return &d->e;
}

void uk_store_remove_dynamic(const struct uk_store_entry *e)
{
	struct store_dyn *d;
	unsigned long flags;
	bool last = false;
	size_t i;

	if (!e || store_static_owns(e))
		return;
	d = to_dyn(e);
	flags = ukarch_irq_save();
	if (d->linked) {
		i = dyn_lower_bound(e->name);
		memmove(&dyn[i], &dyn[i + 1],
			(dyn_count - i - 1) * sizeof(*dyn));
		dyn_count--;
		d->linked = false;
		last = --d->refs == 0;
	}
	ukarch_irq_restore(flags);
	if (last)
		free(d);
}

void uk_store_remove_object(const char *lib, const char *object)
{
	char prefix[UK_STORE_NAME_MAX + 2];
	const struct uk_store_entry *e;
	int n;

	n = snprintf(prefix, sizeof(prefix), "%s/%s/", lib, object);
	if (n < 0 || (size_t)n >= sizeof(prefix))
		return;
	while ((e = store_dyn_next(prefix, false)) &&
	       strncmp(e->name, prefix, n) == 0) {
		uk_store_remove_dynamic(e);
		uk_store_put_entry(e);
	}
	uk_store_put_entry(e);
}

const struct uk_store_entry *store_dyn_next(const char *name, bool after)
{
	struct store_dyn *d = NULL;
	unsigned long flags;
	size_t i;

	flags = ukarch_irq_save();
	i = dyn_lower_bound(name);
	if (after && i < dyn_count && strcmp(dyn[i]->e.name, name) == 0)
		i++;
	if (i < dyn_count) {
		d = dyn[i];
		d->refs++;
	}
	ukarch_irq_restore(flags);
	return d ? &d->e : NULL;
}

const struct uk_store_entry *store_dyn_find(const char *name)
{
	struct store_dyn *d = NULL;
	unsigned long flags;
	size_t i;

	flags = ukarch_irq_save();
	i = dyn_lower_bound(name);
	if (i < dyn_count && strcmp(dyn[i]->e.name, name) == 0) {
		d = dyn[i];
		d->refs++;
	}
	ukarch_irq_restore(flags);
	return d ? &d->e : NULL;
}

void store_hold(const struct uk_store_entry *e)
{
	unsigned long flags;

	if (store_static_owns(e))
		return;
	flags = ukarch_irq_save();
	to_dyn(e)->refs++;
	ukarch_irq_restore(flags);
}

void uk_store_put_entry(const struct uk_store_entry *e)
{
	struct store_dyn *d;
	unsigned long flags;
	bool last;

	if (!e || store_static_owns(e))
		return;
	d = to_dyn(e);
	flags = ukarch_irq_save();
	last = --d->refs == 0;
	ukarch_irq_restore(flags);
	if (last)
		free(d);
}

bool store_live(const struct uk_store_entry *e)
{
	return store_static_owns(e) || to_dyn(e)->linked;
}
