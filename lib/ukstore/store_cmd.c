/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The shell command `store`: list, read and write entries, and dump them
 * all (store_prom.c writes the Prometheus form). Every mistake prints one
 * "error: ..." line and changes nothing: arguments are checked before
 * anything is looked up, and a value is parsed completely before the
 * setter is called.
 */
#include <stdio.h>
#include <string.h>
#include <uk/shell.h>
#include <uk/store.h>
#include "codec.h"
#include "store_cmd.h"

/* Text of any value fits: a string value is shorter than its buffer. */
#define VALUE_TEXT_MAX	    sizeof(((struct uk_store_value *)0)->str)
/* Longer values push the unit column out instead of widening all rows. */
#define LS_VALUE_COLUMN_MAX 24

struct ls_widths {
	int name, value;
};

/* The value of @e as text, or "-" when it is write-only or its getter fails. */
static const char *value_text(const struct uk_store_entry *e, char *buf,
			      size_t len)
{
	return uk_store_get_text(e, buf, len) < 0 ? "-" : buf;
}

static int ls_measure(const struct uk_store_entry *e, void *arg)
{
	struct ls_widths *w = arg;
	char buf[VALUE_TEXT_MAX];
	int value = (int)strlen(value_text(e, buf, sizeof(buf)));

	w->name = MAX(w->name, (int)strlen(e->name));
	w->value = MAX(w->value, MIN(value, LS_VALUE_COLUMN_MAX));
	return 0;
}

static int ls_print(const struct uk_store_entry *e, void *arg)
{
	struct ls_widths *w = arg;
	char buf[VALUE_TEXT_MAX];
	const char *value = value_text(e, buf, sizeof(buf));

	const char *access = uk_store_access(e);
	/* Pad to the access column's width only if something follows it. */
	int pad = (int)(4 - strlen(access));

	printf("%-*s  %-6s  %s", w->name, e->name, uk_store_type_name(e->type),
	       access);
	if (e->unit[0])
		printf("%*s%-*s  %s\n", pad, "", w->value, value, e->unit);
	else if (value[0])
		printf("%*s%s\n", pad, "", value);
	else
		printf("\n");
	return 0;
}

/*
 * Two passes, measuring then printing, so that the columns fit every row
 * without keeping the rows: getters are cheap and reading has no effect.
 */
static int store_ls(int argc, char *argv[])
{
	const char *prefix = argc > 1 ? argv[1] : "";
	struct ls_widths w = { 0, 0 };

	uk_store_iterate(prefix, ls_measure, &w);
	uk_store_iterate(prefix, ls_print, &w);
	return 0;
}

static int store_get(int argc __unused, char *argv[])
{
	const struct uk_store_entry *e = uk_store_get_entry(argv[1]);
	char buf[VALUE_TEXT_MAX];
	int rc;

	if (!e) {
		printf("error: store: no such entry '%s'\n", argv[1]);
		return 1;
	}
	rc = uk_store_get_text(e, buf, sizeof(buf));
	uk_store_put_entry(e);
	if (rc < 0) {
		printf("error: store: get %s: %s\n", argv[1],
		       uk_store_strerror(rc));
		return 1;
	}
	printf("%s\n", buf);
	return 0;
}

static int store_set(int argc __unused, char *argv[])
{
	const struct uk_store_entry *e = uk_store_get_entry(argv[1]);
	int rc;

	if (!e) {
		printf("error: store: no such entry '%s'\n", argv[1]);
		return 1;
	}
	rc = uk_store_set_text(e, argv[2]);
	/* Say whether the type refused the value or the entry's own setter. */
	if ((rc == -UK_STORE_EINVAL || rc == -UK_STORE_ERANGE) &&
	    store_parse(e->type, argv[2], &(struct uk_store_value){ 0 }) < 0)
		printf("error: store: set %s: %s for %s: '%s'\n", argv[1],
		       uk_store_strerror(rc), uk_store_type_name(e->type),
		       argv[2]);
	else if (rc == -UK_STORE_EINVAL || rc == -UK_STORE_ERANGE)
		printf("error: store: set %s: %s: the entry refuses '%s'\n",
		       argv[1], uk_store_strerror(rc), argv[2]);
	else if (rc == -UK_STORE_ENOSPC)
		printf("error: store: set %s: %s (value of %zu characters, max "
		       "%zu)\n",
		       argv[1], uk_store_strerror(rc), strlen(argv[2]),
		       VALUE_TEXT_MAX - 1);
	else if (rc < 0)
		printf("error: store: set %s: %s\n", argv[1],
		       uk_store_strerror(rc));
	uk_store_put_entry(e);
	return rc < 0;
}

static int dump_print(const struct uk_store_entry *e, void *arg __unused)
{
	char buf[VALUE_TEXT_MAX];

	if (uk_store_get_text(e, buf, sizeof(buf)) == 0)
		printf("%s %s\n", e->name, buf);
	return 0;
}

static int store_dump(int argc, char *argv[])
{
	if (argc > 1 && strcmp(argv[1], "--prom") != 0)
		return uk_shell_usage_error(
		    "store", "dump: unknown option '%s'", argv[1]);
	if (argc > 1)
		return store_dump_prom();
	uk_store_iterate("", dump_print, NULL);
	return 0;
}

static const struct {
	const char *name;
	int min_args, max_args;		   /* after the subcommand */
	int (*fn)(int argc, char *argv[]); /* argv[0] is the subcommand */
} subcommands[] = {
	{ "ls", 0, 1, store_ls },
	{ "get", 1, 1, store_get },
	{ "set", 2, 2, store_set },
	{ "dump", 0, 1, store_dump },
};

static int cmd_store(int argc, char *argv[])
{
	int nargs = argc - 2;

	if (argc < 2)
		return uk_shell_usage_error("store", "missing subcommand");
	for (size_t i = 0; i < ARRAY_SIZE(subcommands); i++) {
		if (strcmp(argv[1], subcommands[i].name) != 0)
			continue;
		if (nargs < subcommands[i].min_args)
			return uk_shell_usage_error(
			    "store", "%s: missing argument", argv[1]);
		if (nargs > subcommands[i].max_args)
			return uk_shell_usage_error(
			    "store", "%s: too many arguments", argv[1]);
		return subcommands[i].fn(argc - 1, argv + 1);
	}
	return uk_shell_usage_error("store", "unknown subcommand '%s'",
				    argv[1]);
}

UK_SHELL_CMD(
    store, cmd_store, "ls|get|set|dump ...",
    "entries: ls [prefix], get <name>, set <name> <value>, dump [--prom]");
