/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Without uksched there is one thread of execution: every crash while a
 * case runs is the case's.
 */
#include "uktest_internal.h"

void *uktest_thread_self(void)
{
	return NULL;
}
