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

bool store_prom_is_counter(const char *unit, enum uk_store_type t)
{
	return strcmp(unit, "count") == 0 && t != UK_STORE_BOOL &&
	       t != UK_STORE_STRING;
}

static bool ends_with(const char *s, size_t len, const char *suffix)
{
	size_t n = strlen(suffix);

	return len >= n && memcmp(s + len - n, suffix, n) == 0;
}

/* The suffix Prometheus naming conventions want for an entry. */
static const char *unit_suffix(const char *unit, enum uk_store_type t)
{
	if (t == UK_STORE_STRING)
		return "_info";
	if (store_prom_is_counter(unit, t))
		return "_total";
	if (strcmp(unit, "bytes") == 0)
		return "_bytes";
	if (strcmp(unit, "seconds") == 0 || strcmp(unit, "nanoseconds") == 0)
		return "_seconds";
	return "";
}

int store_prom_name(const char *name, const char *unit, enum uk_store_type t,
		    char *family, size_t flen, char *object, size_t olen)
{
	const char *first = strchr(name, '/');
	const char *last = strrchr(name, '/');
	const char *suffix = unit_suffix(unit, t);
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
	if (!ends_with(family, len, suffix)) {
		n = strlen(suffix);
		if (len + n >= flen)
			return -UK_STORE_ENOSPC;
		memcpy(family + len, suffix, n);
		len += n;
	}
	family[len] = '\0';
	return 0;
}
