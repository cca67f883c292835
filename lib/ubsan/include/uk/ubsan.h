/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ubsan: the runtime behind -fsanitize=undefined. The compilers call
 * __ubsan_handle_<check>() (and _abort variants) with static data that
 * describes the source location and the operands' types; the runtime
 * prints one report per location and counts reports per kind in ukstore
 * (ubsan/<kind>). Which code is instrumented and what a report leads to
 * (continue, crash, or an inline trap without runtime) is Kconfig's.
 */
#ifndef UK_UBSAN_H
#define UK_UBSAN_H

#include <uk/essentials.h>

/*
 * Leave one function uninstrumented: for code whose undefined behaviour
 * is deliberate (a test's NULL read that must reach the trap handler).
 */
#define __uk_no_ubsan __attribute__((no_sanitize("undefined")))

/* The kinds of report, one ukstore counter each. */
enum uk_ubsan_kind {
	UK_UBSAN_ADD_OVERFLOW,
	UK_UBSAN_SUB_OVERFLOW,
	UK_UBSAN_MUL_OVERFLOW,
	UK_UBSAN_NEGATE_OVERFLOW,
	UK_UBSAN_DIVREM_OVERFLOW,
	UK_UBSAN_SHIFT_OUT_OF_BOUNDS,
	UK_UBSAN_OUT_OF_BOUNDS,
	UK_UBSAN_NULL,
	UK_UBSAN_MISALIGNED,
	UK_UBSAN_OBJECT_SIZE,
	UK_UBSAN_VLA_BOUND,
	UK_UBSAN_INVALID_VALUE,
	UK_UBSAN_NONNULL_ARG,
	UK_UBSAN_NONNULL_RETURN,
	UK_UBSAN_POINTER_OVERFLOW,
	UK_UBSAN_INVALID_BUILTIN,
	UK_UBSAN_UNREACHABLE,
	UK_UBSAN_FLOAT_CAST_OVERFLOW,
	UK_UBSAN_KINDS
};

/* The kind's name as in its counter ("add_overflow"), or NULL. */
const char *uk_ubsan_kind_name(enum uk_ubsan_kind kind);

/* Reports of @kind since boot. */
unsigned long uk_ubsan_count(enum uk_ubsan_kind kind);

/* Reports refused because they came while another one was printed. */
unsigned long uk_ubsan_refused(void);

/*
 * The first line of the last report ("UBSan: <what> at file:line:col"),
 * "" before the first one.
 */
const char *uk_ubsan_last(void);

#if CONFIG_LIBUBSAN_TRAP
struct ukarch_trapctx;

/*
 * Trap mode: when the trap in @ctx is the instruction a failed check
 * compiles to, write the crash screen's reason line into @buf and return
 * true.
 */
bool uk_ubsan_trap_describe(const struct ukarch_trapctx *ctx, char *buf,
			    size_t len);
#endif

#endif /* UK_UBSAN_H */
