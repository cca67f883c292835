/* SPDX-License-Identifier: BSD-3-Clause */
/* Between the handlers and the report. */
#ifndef UBSAN_INTERNAL_H
#define UBSAN_INTERNAL_H

#include <uk/ubsan.h>
#include "ubsan_data.h"

/* Longest operand as text, terminator included. */
#define UBSAN_VALUE_MAX 48

/*
 * Where a check failed: the handler the code called, whose frame record
 * leads to the code (a return address after a call to an _abort handler
 * may point past the end of the caller; uk_backtrace() resolves return
 * addresses one byte back, an exact pc as it is).
 */
struct ubsan_site {
	unsigned long pc; /* the handler's entry */
	unsigned long fp; /* the handler's frame pointer */
	bool abort;	  /* called through an _abort variant */
};

/* The site of handler @fn, from the handler itself. */
#define UBSAN_SITE(fn, abort_)                                                 \
	((struct ubsan_site){ (unsigned long)(fn),                             \
			      (unsigned long)__builtin_frame_address(0),       \
			      (abort_) })

/*
 * Report a failed check of @kind at @loc: @detail (a printf format) says
 * what went wrong, the call trace starts at @site. Only the first report
 * of a location prints (and counts); one that comes while another prints
 * is refused. From an _abort variant, or in report-and-crash mode, the
 * guest then stops in the crash screen.
 */
__printf(4, 5) void ubsan_report(enum uk_ubsan_kind kind, struct ubsan_loc *loc,
				 const struct ubsan_site *site,
				 const char *detail, ...);

#endif /* UBSAN_INTERNAL_H */
