/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Threads for the sampler without uksched (prof_thread.h): one thread,
 * "main", on the boot stack, whose bounds the unwinder finds by itself.
 */
#include <stdio.h>
#include "prof_thread.h"

void prof_thread_now(unsigned long *tid, unsigned long *lo, unsigned long *hi)
{
	*tid = 1;
	*lo = 0;
	*hi = 0;
}

void prof_thread_name(unsigned long tid __attribute__((unused)), char *buf,
		      size_t len)
{
	snprintf(buf, len, "main");
}
