/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The public face of the registry: lookup and iteration over the static
 * table and the dynamic index together, and typed or textual reads and
 * writes through an entry's accessors, checked against its type. The
 * accessors are stored untyped (one struct for every type); this file is
 * the only place that casts them back, by the entry's type.
 */
#include <string.h>
#include <uk/trace.h>
#include "codec.h"
#include "registry.h"

const struct uk_store_entry *uk_store_get_entry(const char *name)
{
	const struct uk_store_entry *e = store_static_find(name);

	return e ? e : store_dyn_find(name);
}

static bool has_prefix(const struct uk_store_entry *e, const char *prefix,
		       size_t len)
{
	return e && strncmp(e->name, prefix, len) == 0;
}

/*
 * A merge of two sorted sequences. The dynamic side is looked up afresh
 * after each entry (the first name after the one just visited), so entries
 * added or removed by interrupt handlers meanwhile cannot derail it; the
 * reference held on the current entry keeps its name valid for that search.
 */
int uk_store_iterate(const char *prefix,
		     int (*fn)(const struct uk_store_entry *e, void *arg),
		     void *arg)
{
	size_t len = strlen(prefix), si = store_static_lower_bound(prefix);
	size_t sn = store_static_count();
	const struct uk_store_entry *s, *d = store_dyn_next(prefix, false);
	const struct uk_store_entry *next;
	int rc = 0;

	for (;;) {
		s = si < sn ? store_static_at(si) : NULL;
		if (!has_prefix(s, prefix, len))
			s = NULL;
		if (d && !has_prefix(d, prefix, len)) {
			uk_store_put_entry(d);
			d = NULL;
		}
		if (!s && !d)
			return 0;
		if (s && (!d || strcmp(s->name, d->name) < 0)) {
			rc = fn(s, arg);
			si++;
		} else {
			rc = fn(d, arg);
			next = store_dyn_next(d->name, true);
			uk_store_put_entry(d);
			d = next;
		}
		if (rc) {
			uk_store_put_entry(d);
			return rc;
		}
	}
}

const char *uk_store_access(const struct uk_store_entry *e)
{
	static const char *const names[] = { "-", "r", "w", "rw" };

	return names[(e->get ? 1 : 0) | (e->set ? 2 : 0)];
}

int uk_store_get_value(const struct uk_store_entry *e, struct uk_store_value *v)
{
	int rc;

	if (!store_live(e))
		return -UK_STORE_ENOENT;
	if (!e->get)
		return -UK_STORE_ENOREAD;
	v->type = e->type;
	switch (e->type) {
	case UK_STORE_S8:
	case UK_STORE_S16:
	case UK_STORE_S32:
	case UK_STORE_S64:
		rc = ((uk_store_get_s_t)e->get)(e->cookie, &v->s);
		break;
	case UK_STORE_STRING:
		v->str[0] = '\0';
		rc = ((uk_store_get_str_t)e->get)(e->cookie, v->str,
						  sizeof(v->str));
		v->str[sizeof(v->str) - 1] = '\0';
		break;
	default:
		rc = ((uk_store_get_u_t)e->get)(e->cookie, &v->u);
		break;
	}
	if (rc < 0)
		return rc;
	/*
	 * A getter that overflows its declared type
	 * is a bug to report, not hide.
	 */
	return store_value_check(v);
}

int uk_store_get_text(const struct uk_store_entry *e, char *buf, size_t len)
{
	struct uk_store_value v;
	int rc = uk_store_get_value(e, &v);

	if (rc < 0)
		return rc;
	rc = store_format(&v, buf, len);
	return rc < 0 ? rc : 0;
}

UK_TRACEPOINT(store_set, "entry=%s", const char *);

int uk_store_set_value(const struct uk_store_entry *e,
		       const struct uk_store_value *v)
{
	int rc;

	if (!store_live(e))
		return -UK_STORE_ENOENT;
	if (!e->set)
		return -UK_STORE_ENOWRITE;
	if (v->type != e->type)
		return -UK_STORE_ETYPE;
	rc = store_value_check(v);
	if (rc < 0)
		return rc;
	switch (e->type) {
	case UK_STORE_S8:
	case UK_STORE_S16:
	case UK_STORE_S32:
	case UK_STORE_S64:
		rc = ((uk_store_set_s_t)e->set)(e->cookie, v->s);
		break;
	case UK_STORE_STRING:
		/*
		 * The caller's string may lack its terminator
		 * in the last byte.
		 */
		if (strnlen(v->str, sizeof(v->str)) == sizeof(v->str))
			return -UK_STORE_ENOSPC;
		rc = ((uk_store_set_str_t)e->set)(e->cookie, v->str);
		break;
	default:
		rc = ((uk_store_set_u_t)e->set)(e->cookie, v->u);
		break;
	}
	if (rc >= 0)
		store_set(e->name);
	return rc < 0 ? rc : 0;
}

int uk_store_set_text(const struct uk_store_entry *e, const char *text)
{
	struct uk_store_value v;
	int rc;

	/*
	 * Read-only is the more useful answer than "malformed" for a bad value.
	 */
	if (!store_live(e))
		return -UK_STORE_ENOENT;
	if (!e->set)
		return -UK_STORE_ENOWRITE;
	rc = store_parse(e->type, text, &v);
	if (rc < 0)
		return rc;
	return uk_store_set_value(e, &v);
}
