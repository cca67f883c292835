/* SPDX-License-Identifier: BSD-3-Clause */
/* ukstore entries of ubsan: reports per kind since boot. */
#include <uk/store.h>
#include <uk/ubsan.h>

#define COUNTER(entry, kind)                                                   \
	UK_STORE_ENTRY_RO(ubsan, entry, u64, uk_ubsan_count(kind), "count",    \
			  "UBSan reports of kind " #entry " since boot")

COUNTER(add_overflow, UK_UBSAN_ADD_OVERFLOW);
COUNTER(sub_overflow, UK_UBSAN_SUB_OVERFLOW);
COUNTER(mul_overflow, UK_UBSAN_MUL_OVERFLOW);
COUNTER(negate_overflow, UK_UBSAN_NEGATE_OVERFLOW);
COUNTER(divrem_overflow, UK_UBSAN_DIVREM_OVERFLOW);
COUNTER(shift_out_of_bounds, UK_UBSAN_SHIFT_OUT_OF_BOUNDS);
COUNTER(out_of_bounds, UK_UBSAN_OUT_OF_BOUNDS);
COUNTER(null, UK_UBSAN_NULL);
COUNTER(misaligned, UK_UBSAN_MISALIGNED);
COUNTER(object_size, UK_UBSAN_OBJECT_SIZE);
COUNTER(vla_bound, UK_UBSAN_VLA_BOUND);
COUNTER(invalid_value, UK_UBSAN_INVALID_VALUE);
COUNTER(nonnull_arg, UK_UBSAN_NONNULL_ARG);
COUNTER(nonnull_return, UK_UBSAN_NONNULL_RETURN);
COUNTER(pointer_overflow, UK_UBSAN_POINTER_OVERFLOW);
COUNTER(invalid_builtin, UK_UBSAN_INVALID_BUILTIN);
COUNTER(unreachable, UK_UBSAN_UNREACHABLE);
COUNTER(float_cast_overflow, UK_UBSAN_FLOAT_CAST_OVERFLOW);
UK_STORE_ENTRY_RO(ubsan, refused, u64, uk_ubsan_refused(), "count",
		  "UBSan checks failed while a report was printing");
UK_STORE_ENTRY_RO(ubsan, last, string, uk_ubsan_last(), "",
		  "first line of the last UBSan report");
