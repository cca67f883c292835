/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Entry names (see name.h). A name is also a Prometheus metric name once
 * '/' becomes '_', which is why components are limited to [A-Za-z0-9_]:
 * the metric name needs no escaping and cannot hold a quote or a newline.
 * A dynamic entry's object component ("ukalloc/0/avail_mem") becomes the
 * label object="0", so that one metric family covers every allocator.
 */
#include <string.h>
#include "name.h"

static bool name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_';
}

int store_name_components(const char *name)
{
	size_t len = 0;
	int n = 1;

	for (const char *p = name; *p; p++, len++) {
		if (len == UK_STORE_NAME_MAX)
			return -1;
		if (*p == '/') {
			/*
			 * No empty component: not first, not last, not doubled.
			 */
			if (p == name || p[1] == '/' || p[1] == '\0')
				return -1;
			n++;
		} else if (!name_char(*p)) {
			return -1;
		}
	}
	return len ? n : -1;
}

static bool ends_with(const char *s, size_t len, const char *suffix)
{
	size_t n = strlen(suffix);

	return len >= n && memcmp(s + len - n, suffix, n) == 0;
}

bool store_prom_is_counter(const char *unit, enum uk_store_type t)
{
	return (strcmp(unit, "count") == 0 ||
		ends_with(unit, strlen(unit), "_total")) &&
	       t != UK_STORE_BOOL && t != UK_STORE_STRING;
}

/* Whether @unit, less a "_total", is @base. */
static bool unit_is(const char *unit, const char *base)
{
	size_t n = strlen(base);

	return strncmp(unit, base, n) == 0 &&
	       (!unit[n] || strcmp(unit + n, "_total") == 0);
}

/* The unit suffix Prometheus naming conventions want for an entry. */
static const char *unit_suffix(const char *unit, enum uk_store_type t)
{
	if (t == UK_STORE_STRING)
		return "_info";
	if (unit_is(unit, "bytes"))
		return "_bytes";
	if (unit_is(unit, "seconds") || unit_is(unit, "nanoseconds"))
		return "_seconds";
	return "";
}

/* Append @suffix to @family (@len so far) unless it ends so already. */
static int append(char *family, size_t flen, size_t *len, const char *suffix)
{
	size_t n = strlen(suffix);

	if (ends_with(family, *len, suffix))
		return 0;
	if (*len + n >= flen)
		return -UK_STORE_ENOSPC;
	memcpy(family + *len, suffix, n);
	*len += n;
	return 0;
}

int store_prom_name(const char *name, const char *unit, enum uk_store_type t,
		    char *family, size_t flen, char *object, size_t olen)
{
	const char *first = strchr(name, '/');
	const char *last = strrchr(name, '/');
	bool total = store_prom_is_counter(unit, t);
	size_t len = 0, n;

	/* "lib/object/entry": the middle goes to the label, the rest joins. */
	if (first && first != last) {
		n = last - first - 1;
		if (n >= olen)
			return -UK_STORE_ENOSPC;
		memcpy(object, first + 1, n);
		object[n] = '\0';
	} else {
		if (!olen)
			return -UK_STORE_ENOSPC;
		object[0] = '\0';
		first = last = NULL;
	}

	n = strlen("lantern_");
	if (n >= flen)
		return -UK_STORE_ENOSPC;
	memcpy(family, "lantern_", n);
	len = n;
	for (const char *p = name; *p; p++) {
		if (first && p == first)
			p = last; /* skip "/object", keep the last '/' */
		if (len + 1 >= flen)
			return -UK_STORE_ENOSPC;
		family[len++] = *p == '/' ? '_' : *p;
	}
	/* "cpu_time_ns" in nanoseconds becomes "cpu_time_seconds". */
	if (unit_is(unit, "nanoseconds") && t != UK_STORE_STRING &&
	    ends_with(family, len, "_ns"))
		len -= 3;
	/* A name ending in "_total" has its unit before that. */
	if (total && ends_with(family, len, "_total"))
		len -= strlen("_total");
	if (append(family, flen, &len, unit_suffix(unit, t)) < 0 ||
	    (total && append(family, flen, &len, "_total") < 0))
		return -UK_STORE_ENOSPC;
	family[len] = '\0';
	return 0;
}
