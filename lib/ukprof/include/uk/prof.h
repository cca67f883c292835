/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukprof: a stack-sampling profiler. A timer interrupt (the platform's
 * profiling timer, <uk/plat/prof_timer.h>) at a chosen rate takes the
 * interrupted thread's call stack (uk_unwind() from the interrupted
 * frame), reduces it to the functions it passes through, and counts it
 * in a table of distinct stacks; `prof dump` prints the table as folded
 * stacks ("<thread>;main;work;hot_loop 1234", outermost first).
 *
 * Code that runs with interrupts masked cannot be sampled while it runs:
 * its sample comes when it unmasks them, and lands on the code after.
 * A sample that arrives more than one period after its deadline is
 * counted as `masked`, so the bias is visible.
 *
 * With ukprof off, uk_prof_command() prints that it is not built in and
 * the rest is not declared.
 */
#ifndef UK_PROF_H
#define UK_PROF_H

#include <uk/essentials.h>
#include <uk/backtrace.h>

#define UK_PROF_HZ_DEFAULT 997 /* a prime: does not beat with periodic work */
#define UK_PROF_HZ_MAX	   50000

/* What the profiler did since its last clear. */
struct uk_prof_stats {
	uint64_t samples;     /* taken (counted in the table or dropped) */
	uint64_t dropped;     /* a new stack found the table full */
	uint64_t masked;      /* arrived more than a period late */
	unsigned int rate_hz; /* the rate while running, else 0 */
	unsigned int stacks;  /* distinct stacks in the table */
};

#if CONFIG_LIBUKPROF
/*
 * Sample at @hz (1..UK_PROF_HZ_MAX) from now on; a running profiler
 * changes its rate and keeps its table. Return 0, -EINVAL for a bad rate,
 * -ENOSYS when the platform has no profiling timer.
 */
int uk_prof_start(unsigned int hz);

/* Stop sampling; the table stays for dumping. */
void uk_prof_stop(void);

/* Empty the table and zero the counters (running or not). */
void uk_prof_clear(void);

/* Fill @st. */
void uk_prof_get_stats(struct uk_prof_stats *st);

/*
 * Print the header comment line ("# samples N dropped N masked N rate_hz
 * N stacks N"), then the folded stacks, one line per distinct stack:
 * the thread's name, its functions from the outermost, and the count.
 * Frames without a symbol print as their address (0x...).
 */
void uk_prof_dump(uk_backtrace_out_fn out, void *arg);

/*
 * The `prof` command of the shell and of the GDB stub's monitor: @argv
 * is "prof" and "start [hz]", "stop", "dump", "clear" or nothing (the
 * header line). Return 0, or 1 with an "error: ..." line.
 */
int uk_prof_command(int argc, char *argv[], uk_backtrace_out_fn out, void *arg);
#else
static inline int uk_prof_command(int argc __unused, char *argv[] __unused,
				  uk_backtrace_out_fn out, void *arg)
{
	out(arg, "error: the profiler is not built in (CONFIG_LIBUKPROF)");
	return 1;
}
#endif

#endif /* UK_PROF_H */
