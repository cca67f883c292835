/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * With uksched: a case runs in the runner's thread; a crash in another
 * thread is not the case's.
 */
#include <uk/sched.h>
#include "uktest_internal.h"

void *uktest_thread_self(void)
{
	return uk_thread_current();
}
