/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * `store dump --prom`: the registry in the Prometheus text exposition
 * format, which support/ukstore-exporter serves as it is. The format wants
 * all samples of a metric family together under one # HELP and # TYPE,
 * but the registry's name order interleaves them ("ukalloc/0/free",
 * "ukalloc/0/used", "ukalloc/1/free"): so the readable entries are
 * collected (each held, so none vanishes meanwhile), sorted by family and
 * object with store_sort(), and printed. The last line, "# EOF", is a
 * comment to Prometheus and tells the exporter that the dump is complete.
 * A dynamic entry's object is the label object="..", and its name, when
 * the object has a "name" entry, the label name="..".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/store.h>
#include "name.h"
#include "registry.h"
#include "sort.h"
#include "store_cmd.h"

struct prom_name {
	char family[STORE_PROM_FAMILY_MAX];
	char object[STORE_PROM_OBJECT_MAX];
};

struct prom_list {
	const struct uk_store_entry **a;
	size_t n, cap;
};

/* Names are at most UK_STORE_NAME_MAX long, so the buffers always suffice. */
static void prom_name(const struct uk_store_entry *e, struct prom_name *p)
{
	store_prom_name(e->name, e->unit, e->type, p->family, sizeof(p->family),
			p->object, sizeof(p->object));
}

static int cmp_family(const struct uk_store_entry *a,
		      const struct uk_store_entry *b)
{
	struct prom_name pa, pb;
	int c;

	prom_name(a, &pa);
	prom_name(b, &pb);
	c = strcmp(pa.family, pb.family);
	return c ? c : strcmp(pa.object, pb.object);
}

static int collect(const struct uk_store_entry *e, void *arg)
{
	struct prom_list *l = arg;
	const struct uk_store_entry **grown;

	if (!e->get)
		return 0;
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		grown = realloc(l->a, l->cap * sizeof(*l->a));
		if (!grown)
			return -UK_STORE_ENOSPC;
		l->a = grown;
	}
	store_hold(e);
	l->a[l->n++] = e;
	return 0;
}

/* Print @s escaped: backslash and newline always, '"' in label values. */
static void print_escaped(const char *s, bool label)
{
	const char *special = label ? "\\\n\"" : "\\\n";

	for (;;) {
		size_t run = strcspn(s, special);

		printf("%.*s", (int)run, s);
		s += run;
		if (!*s)
			return;
		printf("%s", *s == '\n' ? "\\n" : *s == '"' ? "\\\"" : "\\\\");
		s++;
	}
}

/*
 * The samples of an object that has a string entry "name" (a thread's:
 * "uksched/3/name") are labelled with it too, name="consumer", so that a
 * graph can say which object a series is about.
 */
static void print_object_name(const struct uk_store_entry *e)
{
	const char *last = strrchr(e->name, '/');
	char name[UK_STORE_NAME_MAX + 1];
	const struct uk_store_entry *n;
	struct uk_store_value v;

	if (!strcmp(last, "/name") ||
	    (size_t)(last - e->name) + sizeof("/name") > sizeof(name))
		return;
	memcpy(name, e->name, last - e->name);
	strcpy(name + (last - e->name), "/name");
	n = uk_store_get_entry(name);
	if (n && n->type == UK_STORE_STRING && uk_store_get_value(n, &v) == 0) {
		printf(",name=\"");
		print_escaped(v.str, true);
		printf("\"");
	}
	uk_store_put_entry(n);
}

static void print_sample(const struct uk_store_entry *e,
			 const struct prom_name *p,
			 const struct uk_store_value *v)
{
	const char *sep = "{";

	printf("%s", p->family);
	if (p->object[0]) {
		printf("%sobject=\"%s\"", sep, p->object);
		sep = ",";
		print_object_name(e);
	}
	if (e->type == UK_STORE_STRING) {
		printf("%svalue=\"", sep);
		print_escaped(v->str, true);
		printf("\"");
		sep = ",";
	}
	if (sep[0] == ',')
		printf("}");
	/* Prometheus wants base units: nanoseconds go out as exact seconds. */
	if (!strncmp(e->unit, "nanoseconds", 11) &&
	    e->type != UK_STORE_STRING && e->type != UK_STORE_BOOL) {
		bool neg = e->type <= UK_STORE_S64 && v->s < 0;
		unsigned long long ns = neg ? -(unsigned long long)v->s : v->u;

		printf(" %s%llu.%09llu\n", neg ? "-" : "", ns / 1000000000,
		       ns % 1000000000);
		return;
	}
	switch (e->type) {
	case UK_STORE_STRING:
		printf(" 1\n");
		break;
	case UK_STORE_S8:
	case UK_STORE_S16:
	case UK_STORE_S32:
	case UK_STORE_S64:
		printf(" %lld\n", (long long)v->s);
		break;
	default: /* unsigned, uptr and bool (0 or 1) */
		printf(" %llu\n", (unsigned long long)v->u);
		break;
	}
}

int store_dump_prom(void)
{
	struct prom_list l = { NULL, 0, 0 };
	struct prom_name p, last = { "", "" };
	struct uk_store_value v;
	bool any = false;
	int rc;

	rc = uk_store_iterate("", collect, &l);
	if (rc == 0)
		store_sort(l.a, l.n, cmp_family);
	for (size_t i = 0; rc == 0 && i < l.n; i++) {
		const struct uk_store_entry *e = l.a[i];

		if (uk_store_get_value(e, &v) < 0)
			continue;
		prom_name(e, &p);
		if (any && strcmp(p.family, last.family) == 0) {
			/*
			 * Two names that map to one series ("a_b/c", "a/b_c").
			 */
			if (strcmp(p.object, last.object) == 0)
				continue;
		} else {
			printf("# HELP %s ", p.family);
			print_escaped(e->help[0] ? e->help : e->name, false);
			printf("\n# TYPE %s %s\n", p.family,
			       store_prom_is_counter(e->unit, e->type)
				   ? "counter"
				   : "gauge");
		}
		print_sample(e, &p, &v);
		last = p;
		any = true;
	}
	for (size_t i = 0; i < l.n; i++)
		uk_store_put_entry(l.a[i]);
	free(l.a);
	if (rc) {
		printf("error: store: dump: %s\n", uk_store_strerror(rc));
		return 1;
	}
	printf("# EOF\n");
	return 0;
}
