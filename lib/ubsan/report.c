/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The report of a failed check:
 *
 *   UBSan: shift_out_of_bounds at lib/ubsan/tests/ubsan.c:64:11
 *     shift exponent 40 is too large for 32-bit type 'int'
 *     Call Trace:
 *     [...] symbol+0x..
 *
 * A location reports once: its column's top bit marks it (the compilers
 * put the check data in writable memory for this, as Linux relies on). A
 * check failing inside a report (the formatting, the call trace, the
 * console) is refused and counted, never reported.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <uk/arch/traps.h>
#include <uk/assert.h>
#include <uk/backtrace.h>
#include <uk/print.h>
#include "ubsan_internal.h"

#define REPORTED (1U << 31)

static const char *const kind_names[UK_UBSAN_KINDS] = {
	[UK_UBSAN_ADD_OVERFLOW] = "add_overflow",
	[UK_UBSAN_SUB_OVERFLOW] = "sub_overflow",
	[UK_UBSAN_MUL_OVERFLOW] = "mul_overflow",
	[UK_UBSAN_NEGATE_OVERFLOW] = "negate_overflow",
	[UK_UBSAN_DIVREM_OVERFLOW] = "divrem_overflow",
	[UK_UBSAN_SHIFT_OUT_OF_BOUNDS] = "shift_out_of_bounds",
	[UK_UBSAN_OUT_OF_BOUNDS] = "out_of_bounds",
	[UK_UBSAN_NULL] = "null",
	[UK_UBSAN_MISALIGNED] = "misaligned",
	[UK_UBSAN_OBJECT_SIZE] = "object_size",
	[UK_UBSAN_VLA_BOUND] = "vla_bound",
	[UK_UBSAN_INVALID_VALUE] = "invalid_value",
	[UK_UBSAN_NONNULL_ARG] = "nonnull_arg",
	[UK_UBSAN_NONNULL_RETURN] = "nonnull_return",
	[UK_UBSAN_POINTER_OVERFLOW] = "pointer_overflow",
	[UK_UBSAN_INVALID_BUILTIN] = "invalid_builtin",
	[UK_UBSAN_UNREACHABLE] = "unreachable",
	[UK_UBSAN_FLOAT_CAST_OVERFLOW] = "float_cast_overflow",
};

/* The file names come as the compiler saw them: absolute for the tree. */
static const char *relative(const char *file)
{
	size_t n = strlen(UBSAN_TOP);

	return strncmp(file, UBSAN_TOP, n) ? file : file + n;
}

static unsigned long counts[UK_UBSAN_KINDS];
static unsigned long refused;
static int reporting;
static char last[UK_BACKTRACE_LINE_MAX];

const char *uk_ubsan_kind_name(enum uk_ubsan_kind kind)
{
	return (unsigned int)kind < UK_UBSAN_KINDS ? kind_names[kind] : NULL;
}

unsigned long uk_ubsan_count(enum uk_ubsan_kind kind)
{
	return (unsigned int)kind < UK_UBSAN_KINDS ? counts[kind] : 0;
}

unsigned long uk_ubsan_refused(void)
{
	return refused;
}

const char *uk_ubsan_last(void)
{
	return last;
}

static void trace_line(void *arg __unused, const char *line)
{
	uk_pr_err("  %s\n", line);
}

void ubsan_report(enum uk_ubsan_kind kind, struct ubsan_loc *loc,
		  const struct ubsan_site *site, const char *detail, ...)
{
	bool crash = site->abort || IS_ENABLED(CONFIG_LIBUBSAN_CRASH);
	char text[UK_BACKTRACE_LINE_MAX];
	struct __regs regs;
	va_list ap;

	if (__atomic_exchange_n(&reporting, 1, __ATOMIC_ACQUIRE)) {
		__atomic_add_fetch(&refused, 1, __ATOMIC_RELAXED);
		return;
	}
	if (__atomic_fetch_or(&loc->column, REPORTED, __ATOMIC_RELAXED) &
		REPORTED &&
	    !crash) {
		__atomic_store_n(&reporting, 0, __ATOMIC_RELEASE);
		return;
	}
	counts[kind]++;
	snprintf(last, sizeof(last), "UBSan: %s at %s:%u:%u", kind_names[kind],
		 relative(loc->file), (unsigned int)loc->line,
		 (unsigned int)(loc->column & ~REPORTED));
	va_start(ap, detail);
	vsnprintf(text, sizeof(text), detail, ap);
	va_end(ap);
	uk_pr_err("%s\n", last);
	uk_pr_err("  %s\n", text);
	uk_pr_err("  Call Trace:\n");
	ukarch_regs_capture(&regs);
	uk_backtrace(&regs, 0, 0, trace_line, NULL);
	__atomic_store_n(&reporting, 0, __ATOMIC_RELEASE);
	if (crash)
		UK_CRASH("%s", last);
}
