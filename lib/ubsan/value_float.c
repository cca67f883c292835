/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Floats as text, the one part of a report that needs floating point: only
 * float-cast checks carry float operands, and only code that uses floating
 * point reaches them.
 */
#include <stdio.h>
#include <string.h>
#include "ubsan_data.h"

bool ubsan_float_str(unsigned int width, uint64_t bits, char *buf, size_t len)
{
	if (width == 32) {
		uint32_t b = (uint32_t)bits;
		float f;

		memcpy(&f, &b, sizeof(f));
		snprintf(buf, len, "%g", (double)f);
		return true;
	}
	if (width == 64) {
		double d;

		memcpy(&d, &bits, sizeof(d));
		snprintf(buf, len, "%g", d);
		return true;
	}
	return false;
}
