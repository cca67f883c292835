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

static uint64_t stat_samples(void)
{
	struct uk_prof_stats st;

	uk_prof_get_stats(&st);
	return st.samples;
}

static uint64_t stat_dropped(void)
{
	struct uk_prof_stats st;

	uk_prof_get_stats(&st);
	return st.dropped;
}

static uint64_t stat_masked(void)
{
	struct uk_prof_stats st;

	uk_prof_get_stats(&st);
	return st.masked;
}

UK_STORE_ENTRY(ukprof, rate_hz, u32, get_rate, set_rate, "",
	       "sampling rate in Hz while running, 0 when stopped; "
	       "writing starts, changes or (0) stops it");
UK_STORE_ENTRY_RO(ukprof, samples, u64, stat_samples(), "count",
		  "samples taken since the last `prof clear`");
UK_STORE_ENTRY_RO(ukprof, dropped, u64, stat_dropped(), "count",
		  "samples of a new stack that found the table full");
UK_STORE_ENTRY_RO(ukprof, masked, u64, stat_masked(), "count",
		  "samples that came more than a period late "
		  "(interrupts were masked at their time)");
