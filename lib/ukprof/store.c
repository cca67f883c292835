/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukstore entries of the profiler: its counters, and its rate, which can
 * be set (0 stops it, another value starts it or changes its rate), so
 * that a debugger or an exporter can drive it without the shell.
 */
#include <uk/prof.h>
#include <uk/store.h>

static int get_rate(void *cookie __unused, uint64_t *out)
{
	struct uk_prof_stats st;

	uk_prof_get_stats(&st);
	*out = st.rate_hz;
	return 0;
}

static int set_rate(void *cookie __unused, uint64_t hz)
{
	if (hz > UK_PROF_HZ_MAX)
		return -UK_STORE_ERANGE;
	if (!hz) {
		uk_prof_stop();
		return 0;
	}
	return uk_prof_start((unsigned int)hz) ? -UK_STORE_ERANGE : 0;
}

#define PROF_STAT(field)                                                       \
	static int get_##field(void *cookie __unused, uint64_t *out)           \
	{                                                                      \
		struct uk_prof_stats st;                                       \
                                                                               \
		uk_prof_get_stats(&st);                                        \
		*out = st.field;                                               \
		return 0;                                                      \
	}

PROF_STAT(samples)
PROF_STAT(dropped)
PROF_STAT(masked)

/* Under ukdebug/prof/, beside the other debugging views' ukdebug/trace/. */
#define PROF_STORE_ENTRY(id, type, get, set, unit, help)                       \
	__UK_STORE_ENTRY(prof_##id, "ukdebug/prof/" #id, UK_STORE_TYPE_##type, \
			 __UK_STORE_CLASS_##type, get, set, unit, help)

PROF_STORE_ENTRY(rate_hz, u32, get_rate, set_rate, "",
		 "sampling rate in Hz while running, 0 when stopped; "
		 "writing starts, changes or (0) stops it");
PROF_STORE_ENTRY(samples, u64, get_samples, NULL, "count",
		 "samples taken since the last `prof clear`");
PROF_STORE_ENTRY(dropped, u64, get_dropped, NULL, "count",
		 "samples of a new stack that found the table full");
PROF_STORE_ENTRY(masked, u64, get_masked, NULL, "count",
		 "samples that came more than a period late "
		 "(interrupts were masked at their time)");
