/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukstore: what a valid entry name is, and how an entry is
 * named in the Prometheus text format. Pure functions (host-tested).
 */
#ifndef UK_STORE_NAME_H
#define UK_STORE_NAME_H

#include <uk/store.h>

/*
 * Return the number of components of @name, or -1 when it is not a valid
 * name: components of [A-Za-z0-9_], non-empty, joined by single '/', at
 * most UK_STORE_NAME_MAX characters in all.
 */
int store_name_components(const char *name);

/*
 * The Prometheus name of entry @name of type @t and @unit: into @family
 * (@flen bytes) the metric name "lantern_<lib>_<entry>" plus "_bytes" or
 * "_seconds" for those units (nanoseconds are exported as seconds, and an
 * entry name's "_ns" goes), then "_total" for a counter (unit "count", or
 * a unit ending in "_total": "nanoseconds_total"), unless the name ends so
 * already, or "_info" for a string; into @object (@olen bytes) the object
 * component of a dynamic name, "" for a static one. Return 0, or
 * -UK_STORE_ENOSPC when a buffer is too small.
 */
int store_prom_name(const char *name, const char *unit, enum uk_store_type t,
		    char *family, size_t flen, char *object, size_t olen);

/*
 * Return true when entry @unit and @t make a Prometheus counter: a number
 * whose unit is "count" or ends in "_total".
 */
bool store_prom_is_counter(const char *unit, enum uk_store_type t);

/* Buffer sizes that always suffice for store_prom_name(). */
#define STORE_PROM_FAMILY_MAX                                                  \
	(sizeof("lantern__seconds_total") + UK_STORE_NAME_MAX)
#define STORE_PROM_OBJECT_MAX (UK_STORE_NAME_MAX + 1)

#endif /* UK_STORE_NAME_H */
