/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A crash inside a case (an unhandled trap, a failed UK_ASSERT, a
 * UK_CRASH) ends that case instead of the guest: the crash screen offers
 * the crash (UKDEBUG_CRASH_CATCH) before printing anything; when the
 * crash is in the runner's thread while a case runs, this prints what
 * happened and the call trace as the case's diagnostics and resumes the
 * runner where the case started. A crash anywhere else (another thread,
 * no case running, a crash while ending one) goes to the crash screen. An
 * expected crash (uk_test_expect_crash) prints nothing here.
 */
#include <string.h>
#include <uk/backtrace.h>
#include <uk/crash.h>
#include "uktest_internal.h"

static void trace_line(void *arg __unused, const char *line)
{
	uktest_diag("    %s", line);
}

static int uktest_crash_catch(void *data)
{
	const struct uk_crash_info *info = data;
	struct uktest_case_state *c = &uktest_cur;
	const struct uk_testcase *tc = c->tc;

	if (!tc || c->thread != uktest_thread_self())
		return UK_EVENT_NOT_HANDLED;
	/* A crash while this prints goes to the crash screen. */
	c->tc = NULL;
	uktest_watchdog_disarm();
	strncpy(c->reason, info->reason, sizeof(c->reason) - 1);
	if (!c->expect_crash || !strstr(c->reason, c->expect_crash)) {
		uktest_diag("%s: crashed: %s", tc->name, c->reason);
		uktest_diag("    Call Trace:");
		uk_backtrace(ukarch_regs_pc(info->ctx->regs),
			     ukarch_regs_fp(info->ctx->regs), 0, 0, trace_line,
			     NULL);
	}
	uktest_case_abort(UKTEST_END_CRASHED);
}
UK_EVENT_HANDLER(UKDEBUG_CRASH_CATCH, uktest_crash_catch);
