/* SPDX-License-Identifier: BSD-3-Clause */
/* The float cast of suite ubsan, where floating point is allowed. */
#include "ubsan_test.h"

static volatile double big = 1e20;

int ubsan_test_float_cast(void)
{
	return (int)big;
}
