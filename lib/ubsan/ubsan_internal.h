/* SPDX-License-Identifier: BSD-3-Clause */
/* Between the handlers and the report. */
#ifndef UBSAN_INTERNAL_H
#define UBSAN_INTERNAL_H

#include <uk/ubsan.h>
#include "ubsan_data.h"

/* Longest operand as text, terminator included. */
#define UBSAN_VALUE_MAX 48

/* How a check's handler was called. */
struct ubsan_site {
	bool abort; /* through an _abort variant */
};

#define UBSAN_SITE(abort_) ((struct ubsan_site){ (abort_) })

/*
 * Report a failed check of @kind at @loc: @detail (a printf format) says
 * what went wrong, then the call trace from the report (the
 * handler's caller is the code that failed the check). Only the first report
 * of a location prints (and counts); one that comes while another prints
 * is refused. From an _abort variant, or in report-and-crash mode, the
 * guest then stops in the crash screen.
 */
__printf(4, 5) void ubsan_report(enum uk_ubsan_kind kind, struct ubsan_loc *loc,
				 const struct ubsan_site *site,
				 const char *detail, ...);

#endif /* UBSAN_INTERNAL_H */
