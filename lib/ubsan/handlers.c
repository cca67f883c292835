/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The entry points GCC 12 and clang 14 call under -fsanitize=undefined
 * (plus float-cast-overflow) for C: each in a recover variant, which
 * returns, and an _abort variant (-fno-sanitize-recover), which does not.
 * builtin_unreachable has no _abort variant and never returns. Messages
 * follow compiler-rt's, so that reports read as users know them.
 */
#include <uk/assert.h>
#include <uk/essentials.h>
#include "ubsan_internal.h"

#define ARGS(...) __VA_ARGS__

/*
 * Define __ubsan_handle_@name(@params) and its _abort variant around
 * handle_@name(site, @args), whose body follows. The _abort variant must
 * not return, even when its report was refused.
 */
#define HANDLER(name, params, args)                                            \
	static void handle_##name(const struct ubsan_site *site, params);      \
	void __ubsan_handle_##name(params);                                    \
	void __ubsan_handle_##name(params)                                     \
	{                                                                      \
		struct ubsan_site s = UBSAN_SITE(false);                       \
		handle_##name(&s, args);                                       \
	}                                                                      \
	__noreturn void __ubsan_handle_##name##_abort(params);                 \
	__noreturn void __ubsan_handle_##name##_abort(params)                  \
	{                                                                      \
		struct ubsan_site s = UBSAN_SITE(true);                        \
		handle_##name(&s, args);                                       \
		UK_CRASH("UBSan: " #name " while reporting");                  \
	}                                                                      \
	static void handle_##name(const struct ubsan_site *site, params)

#define VALUE(name, type, val)                                                 \
	char name[UBSAN_VALUE_MAX];                                            \
	ubsan_value_str(type, val, name, sizeof(name))

static const char *const check_kinds[] = {
	"load of",
	"store to",
	"reference binding to",
	"member access within",
	"member call on",
	"constructor call on",
	"downcast of",
	"downcast of",
	"upcast of",
	"cast to virtual base of",
	"_Nonnull binding to",
	"dynamic operation on",
};

static void overflow(enum uk_ubsan_kind kind, const char *op,
		     const struct ubsan_site *site,
		     struct ubsan_overflow_data *d, uintptr_t lhs,
		     uintptr_t rhs)
{
	VALUE(a, d->type, lhs);
	VALUE(b, d->type, rhs);

	ubsan_report(kind, &d->loc, site,
		     "%s integer overflow: %s %s %s cannot be represented in "
		     "type %s",
		     ubsan_type_signed(d->type) ? "signed" : "unsigned", a, op,
		     b, d->type->name);
}

HANDLER(add_overflow,
	ARGS(struct ubsan_overflow_data *d, uintptr_t lhs, uintptr_t rhs),
	ARGS(d, lhs, rhs))
{
	overflow(UK_UBSAN_ADD_OVERFLOW, "+", site, d, lhs, rhs);
}

HANDLER(sub_overflow,
	ARGS(struct ubsan_overflow_data *d, uintptr_t lhs, uintptr_t rhs),
	ARGS(d, lhs, rhs))
{
	overflow(UK_UBSAN_SUB_OVERFLOW, "-", site, d, lhs, rhs);
}

HANDLER(mul_overflow,
	ARGS(struct ubsan_overflow_data *d, uintptr_t lhs, uintptr_t rhs),
	ARGS(d, lhs, rhs))
{
	overflow(UK_UBSAN_MUL_OVERFLOW, "*", site, d, lhs, rhs);
}

HANDLER(negate_overflow, ARGS(struct ubsan_overflow_data *d, uintptr_t val),
	ARGS(d, val))
{
	VALUE(v, d->type, val);

	ubsan_report(UK_UBSAN_NEGATE_OVERFLOW, &d->loc, site,
		     "negation of %s cannot be represented in type %s", v,
		     d->type->name);
}

HANDLER(divrem_overflow,
	ARGS(struct ubsan_overflow_data *d, uintptr_t lhs, uintptr_t rhs),
	ARGS(d, lhs, rhs))
{
	VALUE(a, d->type, lhs);
	VALUE(b, d->type, rhs);

	if (ubsan_type_signed(d->type) && ubsan_value_negative(d->type, rhs))
		ubsan_report(UK_UBSAN_DIVREM_OVERFLOW, &d->loc, site,
			     "division of %s by %s cannot be represented in "
			     "type %s",
			     a, b, d->type->name);
	else
		ubsan_report(UK_UBSAN_DIVREM_OVERFLOW, &d->loc, site,
			     "division of %s by zero (type %s)", a,
			     d->type->name);
}

HANDLER(shift_out_of_bounds,
	ARGS(struct ubsan_shift_data *d, uintptr_t lhs, uintptr_t rhs),
	ARGS(d, lhs, rhs))
{
	VALUE(a, d->lhs_type, lhs);
	VALUE(b, d->rhs_type, rhs);
	unsigned int bits = ubsan_type_bits(d->lhs_type);

	if (ubsan_value_negative(d->rhs_type, rhs))
		ubsan_report(UK_UBSAN_SHIFT_OUT_OF_BOUNDS, &d->loc, site,
			     "shift exponent %s (type %s) is negative", b,
			     d->rhs_type->name);
	else if (ubsan_value_negative(d->lhs_type, lhs))
		ubsan_report(UK_UBSAN_SHIFT_OUT_OF_BOUNDS, &d->loc, site,
			     "left shift of negative value %s (type %s)", a,
			     d->lhs_type->name);
	else if (ubsan_type_bits(d->rhs_type) <= 64 &&
		 ubsan_value_unsigned(d->rhs_type, rhs) >= bits)
		ubsan_report(
		    UK_UBSAN_SHIFT_OUT_OF_BOUNDS, &d->loc, site,
		    "shift exponent %s is too large for %u-bit type %s", b,
		    bits, d->lhs_type->name);
	else
		ubsan_report(UK_UBSAN_SHIFT_OUT_OF_BOUNDS, &d->loc, site,
			     "left shift of %s by %s places cannot be "
			     "represented in type %s",
			     a, b, d->lhs_type->name);
}

HANDLER(out_of_bounds, ARGS(struct ubsan_oob_data *d, uintptr_t index),
	ARGS(d, index))
{
	VALUE(i, d->index_type, index);

	ubsan_report(UK_UBSAN_OUT_OF_BOUNDS, &d->loc, site,
		     "index %s is out of range for type %s", i,
		     d->array_type->name);
}

HANDLER(type_mismatch_v1,
	ARGS(struct ubsan_type_mismatch_data *d, uintptr_t ptr), ARGS(d, ptr))
{
	unsigned long align = 1UL << d->log_alignment;
	const char *what = d->check_kind < ARRAY_SIZE(check_kinds)
			       ? check_kinds[d->check_kind]
			       : "access to";

	if (!ptr)
		ubsan_report(UK_UBSAN_NULL, &d->loc, site,
			     "%s null pointer of type %s", what, d->type->name);
	else if (d->log_alignment && (ptr & (align - 1)))
		ubsan_report(UK_UBSAN_MISALIGNED, &d->loc, site,
			     "%s misaligned address %#lx for type %s, which "
			     "requires %lu byte alignment",
			     what, (unsigned long)ptr, d->type->name, align);
	else
		ubsan_report(UK_UBSAN_OBJECT_SIZE, &d->loc, site,
			     "%s address %#lx with insufficient space for an "
			     "object of type %s",
			     what, (unsigned long)ptr, d->type->name);
}

HANDLER(vla_bound_not_positive, ARGS(struct ubsan_vla_data *d, uintptr_t n),
	ARGS(d, n))
{
	VALUE(v, d->type, n);

	ubsan_report(UK_UBSAN_VLA_BOUND, &d->loc, site,
		     "variable length array bound evaluates to non-positive "
		     "value %s",
		     v);
}

HANDLER(load_invalid_value,
	ARGS(struct ubsan_invalid_value_data *d, uintptr_t val), ARGS(d, val))
{
	VALUE(v, d->type, val);

	ubsan_report(UK_UBSAN_INVALID_VALUE, &d->loc, site,
		     "load of value %s, which is not a valid value for type %s",
		     v, d->type->name);
}

HANDLER(nonnull_arg, ARGS(struct ubsan_nonnull_arg_data *d), ARGS(d))
{
	ubsan_report(UK_UBSAN_NONNULL_ARG, &d->loc, site,
		     "null pointer passed as argument %d, which is declared "
		     "never null%s%s",
		     d->arg_index, d->attr_loc.file ? " at " : "",
		     d->attr_loc.file ? d->attr_loc.file : "");
}

HANDLER(nonnull_return_v1,
	ARGS(struct ubsan_nonnull_return_data *d, struct ubsan_loc *loc),
	ARGS(d, loc))
{
	ubsan_report(UK_UBSAN_NONNULL_RETURN, loc, site,
		     "null pointer returned from function declared to never "
		     "return null%s%s",
		     d->attr_loc.file ? " at " : "",
		     d->attr_loc.file ? d->attr_loc.file : "");
}

HANDLER(pointer_overflow,
	ARGS(struct ubsan_pointer_overflow_data *d, uintptr_t base,
	     uintptr_t result),
	ARGS(d, base, result))
{
	if (!base && !result)
		ubsan_report(UK_UBSAN_POINTER_OVERFLOW, &d->loc, site,
			     "applying zero offset to null pointer");
	else if (!base)
		ubsan_report(UK_UBSAN_POINTER_OVERFLOW, &d->loc, site,
			     "applying non-zero offset %#lx to null pointer",
			     (unsigned long)result);
	else if (!result)
		ubsan_report(UK_UBSAN_POINTER_OVERFLOW, &d->loc, site,
			     "applying non-zero offset to non-null pointer "
			     "%#lx produced null pointer",
			     (unsigned long)base);
	else
		ubsan_report(UK_UBSAN_POINTER_OVERFLOW, &d->loc, site,
			     "pointer index expression with base %#lx "
			     "overflowed to %#lx",
			     (unsigned long)base, (unsigned long)result);
}

HANDLER(invalid_builtin, ARGS(struct ubsan_invalid_builtin_data *d), ARGS(d))
{
	ubsan_report(UK_UBSAN_INVALID_BUILTIN, &d->loc, site,
		     "passing zero to %s(), which is not a valid argument",
		     d->kind ? "clz" : "ctz");
}

HANDLER(float_cast_overflow, ARGS(void *data, uintptr_t from), ARGS(data, from))
{
	struct ubsan_float_cast_data *d = data;
	const struct ubsan_float_cast_data_v1 *d1 = data;
	static struct ubsan_loc unknown = { "<unknown>", 0, 0 };
	bool v1 = ubsan_float_cast_is_v1(data);
	const struct ubsan_type *ft = v1 ? d1->from_type : d->from_type;
	const struct ubsan_type *tt = v1 ? d1->to_type : d->to_type;

	VALUE(v, ft, from);
	ubsan_report(UK_UBSAN_FLOAT_CAST_OVERFLOW, v1 ? &unknown : &d->loc,
		     site,
		     "%s is outside the range of representable values of type "
		     "%s",
		     v, tt->name);
}

void __noreturn
__ubsan_handle_builtin_unreachable(struct ubsan_unreachable_data *d);
void __noreturn
__ubsan_handle_builtin_unreachable(struct ubsan_unreachable_data *d)
{
	struct ubsan_site s = UBSAN_SITE(true);

	ubsan_report(UK_UBSAN_UNREACHABLE, &d->loc, &s,
		     "execution reached an unreachable program point");
	UK_CRASH("UBSan: builtin_unreachable while reporting");
}
