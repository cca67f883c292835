/* SPDX-License-Identifier: BSD-3-Clause */
/* errno without uksched: the one thread there is has the one errno. */
#include <errno.h>

static int errno_value;

int *__errno_location(void)
{
	return &errno_value;
}
