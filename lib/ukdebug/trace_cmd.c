/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The `trace` command, shared by the shell and `monitor trace`:
 * ls | on <glob> | off <glob> | dump [N] | dump --raw | clear.
 */
#include <stdlib.h>
#include <string.h>
#include "trace_dump.h"

#define USAGE "ls | on <glob> | off <glob> | dump [N] | dump --raw | clear"

static void trace_ls(uk_backtrace_out_fn out, void *arg)
{
	uk_backtrace_printf(out, arg, "%-28s %-12s %-3s %s", "name", "lib",
			    "on", "hits");
	for (const struct uk_tracepoint *tp = __uk_tp_start; tp < __uk_tp_end;
	     tp++)
		uk_backtrace_printf(out, arg, "%-28s %-12s %-3s %llu", tp->name,
				    tp->lib, tp->enabled ? "on" : "off",
				    (unsigned long long)tp->hits);
}

static int usage(uk_backtrace_out_fn out, void *arg)
{
	uk_backtrace_printf(out, arg, "error: usage: trace " USAGE);
	return 1;
}

int uk_trace_command(int argc, char *argv[], uk_backtrace_out_fn out, void *arg)
{
	const char *verb = argc > 1 ? argv[1] : "";

	if (strcmp(verb, "ls") == 0 && argc == 2) {
		trace_ls(out, arg);
	} else if ((strcmp(verb, "on") == 0 || strcmp(verb, "off") == 0) &&
		   argc == 3) {
		unsigned int n = trace_set_enabled(argv[2], verb[1] == 'n');

		if (!n) {
			uk_backtrace_printf(out, arg,
					    "error: no tracepoint matches '%s'",
					    argv[2]);
			return 1;
		}
		uk_backtrace_printf(out, arg, "%u tracepoint%s %s", n,
				    n == 1 ? "" : "s", verb);
	} else if (strcmp(verb, "dump") == 0 && argc == 3 &&
		   strcmp(argv[2], "--raw") == 0) {
		trace_dump_raw(out, arg);
	} else if (strcmp(verb, "dump") == 0 && argc <= 3) {
		char *end = NULL;
		unsigned long n = argc == 3 ? strtoul(argv[2], &end, 10) : 0;

		if (argc == 3 && (!*argv[2] || *end || !n))
			return usage(out, arg);
		trace_dump_text(n, out, arg);
	} else if (strcmp(verb, "clear") == 0 && argc == 2) {
		trace_clear();
	} else {
		return usage(out, arg);
	}
	return 0;
}
