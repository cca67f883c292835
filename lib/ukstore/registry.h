/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukstore: the two halves of the registry, both in name order.
 * table.c holds the static entries the linker collected, dynamic.c the
 * entries added at run time; store.c and the shell command merge them.
 */
#ifndef UK_STORE_REGISTRY_H
#define UK_STORE_REGISTRY_H

#include <uk/store.h>

/* --- static entries (table.c): immutable after boot, never counted --- */

/* Number of static entries. */
size_t store_static_count(void);

/* The @i-th static entry in name order (@i < store_static_count()). */
const struct uk_store_entry *store_static_at(size_t i);

/* Index of the first static entry whose name is >= @name (binary search). */
size_t store_static_lower_bound(const char *name);

/* The static entry called @name, or NULL. */
const struct uk_store_entry *store_static_find(const char *name);

/* Return true when @e is a static entry (it lies in the linker's table). */
bool store_static_owns(const struct uk_store_entry *e);

/* --- dynamic entries (dynamic.c): each result carries a reference --- */

/* The dynamic entry called @name, referenced, or NULL. */
const struct uk_store_entry *store_dyn_find(const char *name);

/*
 * The first dynamic entry whose name is >= @name (> @name when @after),
 * referenced, or NULL.
 */
const struct uk_store_entry *store_dyn_next(const char *name, bool after);

/* --- both kinds --- */

/* Take one more reference to @e (a no-op for static entries). */
void store_hold(const struct uk_store_entry *e);

/* Return false once @e has been removed: its accessors must not be called. */
bool store_live(const struct uk_store_entry *e);

#endif /* UK_STORE_REGISTRY_H */
