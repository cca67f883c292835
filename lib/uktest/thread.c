/* SPDX-License-Identifier: BSD-3-Clause */
/* With uksched: a case runs in the runner's thread; crashes elsewhere are not its own. */
#include <uk/sched.h>
#include "uktest_internal.h"

void *uktest_thread_self(void)
{
	return uk_thread_current();
}
