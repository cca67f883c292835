/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Turning tracepoints on and off by glob, and the boot parameter
 * uk.trace=<glob>[,<glob>...]: when given, only the matching tracepoints
 * are on (none for an empty value); when not, the table keeps its
 * compile-time default and boot does no work here.
 */
#include <string.h>
#include <uk/boot.h>
#include <uk/init.h>
#include <uk/print.h>
#include "trace_internal.h"

#define PARAM_MAX 256

/* Whether @name matches @glob ('*' any run, '?' one character). */
static bool glob_match(const char *glob, const char *name)
{
	const char *star = NULL, *resume = NULL;

	while (*name) {
		if (*glob == '*') {
			star = glob++;
			resume = name;
		} else if (*glob == '?' || *glob == *name) {
			glob++;
			name++;
		} else if (star) {
			glob = star + 1;
			name = ++resume;
		} else {
			return false;
		}
	}
	while (*glob == '*')
		glob++;
	return !*glob;
}

unsigned int trace_set_enabled(const char *glob, bool on)
{
	unsigned int n = 0;

	for (struct uk_tracepoint *tp = __uk_tp_start; tp < __uk_tp_end; tp++)
		if (glob_match(glob, tp->name)) {
			tp->enabled = on;
			n++;
		}
	return n;
}

static int trace_boot_param(void)
{
	char v[PARAM_MAX], *glob, *comma;

	if (!uk_boot_param("uk.trace", v, sizeof(v)))
		return 0;
	trace_set_enabled("*", false);
	for (glob = v; *glob; glob = comma + 1) {
		comma = strchr(glob, ',');
		if (comma)
			*comma = '\0';
		if (*glob && !trace_set_enabled(glob, true))
			uk_pr_warn("uk.trace: no tracepoint matches '%s'\n",
				   glob);
		if (!comma)
			break;
	}
	return 0;
}
UK_INIT(trace_boot_param, UK_INIT_LEVEL_EARLY);
