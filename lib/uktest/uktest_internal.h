/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the files of uktest share: the running case, the totals, the
 * KTAP line printer and the hooks that end a case from a crash or from
 * the watchdog.
 */
#ifndef UKTEST_INTERNAL_H
#define UKTEST_INTERNAL_H

#include <uk/test.h>
#include "uktest_arch.h"

enum uktest_end {
	UKTEST_END_RETURNED, /* the case function returned */
	UKTEST_END_SKIPPED,  /* uk_test_skip() */
	UKTEST_END_CRASHED,  /* a trap, UK_ASSERT or UK_CRASH */
	UKTEST_END_TIMEOUT,  /* past CONFIG_LIBUKTEST_TIMEOUT_S */
};

#define UKTEST_REASON_MAX 128

/* The case that runs now; only the runner's thread changes it. */
struct uktest_case_state {
	const struct uk_testcase *tc; /* NULL: no case runs */
	void *thread;		      /* where it runs (uktest_thread_self) */
	unsigned int failures;	      /* failed checks so far */
	const char *expect_crash;
	enum uktest_end end;
	char reason[UKTEST_REASON_MAX]; /* skip or crash reason */
	unsigned long irq_flags;	/* interrupts when it started */
	struct uktest_jmp jmp;		/* where a crash resumes the runner */
};

extern struct uktest_case_state uktest_cur;

/* Results since boot (ukstore's uktest/ entries). */
struct uktest_totals {
	uint64_t passed, failed, skipped;
};

extern struct uktest_totals uktest_totals;

/* Print one KTAP diagnostic line "# ..." at the running case's level. */
__printf(1, 2) void uktest_diag(const char *fmt, ...);

/* End the running case now, as @end; the runner reports it. */
__noreturn void uktest_case_abort(enum uktest_end end);

/* The thread the caller runs in (NULL without uksched). */
void *uktest_thread_self(void);

/* Glob match of @s against @pat ('*' and '?'). */
bool uktest_glob(const char *pat, const char *s);

/*
 * The watchdog: stop the running case when monotonic time passes
 * @deadline_ns; uktest_watchdog_disarm() when it ended first.
 */
void uktest_watchdog_arm(uint64_t deadline_ns);
void uktest_watchdog_disarm(void);

#endif /* UKTEST_INTERNAL_H */
