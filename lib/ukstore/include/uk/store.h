/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukstore: a typed, pull-based registry of library state and knobs. An
 * entry has a name ("<library>/<entry>" for static entries,
 * "<library>/<object>/<entry>" for dynamic ones), a type, a unit and a
 * one-line help text, and a getter and/or a setter. Nothing is computed
 * until someone reads it (shell `store`, the Prometheus exporter, gdb).
 *
 * Static entries are declared at file scope with UK_STORE_ENTRY and placed
 * in a linker section: no runtime registration. Dynamic entries belong to
 * an object (an allocator, a channel) and are added and removed at run
 * time; they are reference counted, so an entry being read cannot vanish
 * under its reader.
 *
 * With ukstore disabled, UK_STORE_ENTRY (and its shorthands
 * UK_STORE_ENTRY_RO and UK_STORE_ENTRY_RW) leaves nothing in the image and
 * the functions below are inline stubs: lookups find nothing, reads and
 * writes return -UK_STORE_ENOENT, adding returns NULL.
 */
#ifndef UK_STORE_H
#define UK_STORE_H

#include <uk/essentials.h>

enum uk_store_type {
	UK_STORE_S8,
	UK_STORE_S16,
	UK_STORE_S32,
	UK_STORE_S64,
	UK_STORE_U8,
	UK_STORE_U16,
	UK_STORE_U32,
	UK_STORE_U64,
	UK_STORE_UPTR,
	UK_STORE_BOOL,
	UK_STORE_STRING,
};

/* Errors, returned negated. uk_store_strerror() names them. */
#define UK_STORE_ENOENT	  1 /* no such entry */
#define UK_STORE_ENOREAD  2 /* entry is not readable (write-only) */
#define UK_STORE_ENOWRITE 3 /* entry is not writable (read-only) */
#define UK_STORE_ETYPE	  4 /* wrong type for this entry */
#define UK_STORE_ERANGE                                                        \
	5 /* value out of range for the entry's type or setter */
#define UK_STORE_EINVAL 6 /* malformed value text */
#define UK_STORE_ENOSPC                                                        \
	7 /* text does not fit the caller's buffer / no memory */

/*
 * Names are components of [A-Za-z0-9_] joined by '/', at most this many
 * characters in all (terminator not counted).
 */
#define UK_STORE_NAME_MAX 96

/*
 * Signed types are read and written as int64_t, unsigned/uptr/bool as
 * uint64_t (bool as 0 or 1). Accessors return 0 or a negated UK_STORE_E*
 * error (a setter rejecting a value it cannot take: -UK_STORE_ERANGE). A
 * string getter writes a NUL-terminated string of at most @len bytes.
 */
typedef int (*uk_store_get_s_t)(void *cookie, int64_t *out);
typedef int (*uk_store_get_u_t)(void *cookie, uint64_t *out);
typedef int (*uk_store_get_str_t)(void *cookie, char *buf, size_t len);
typedef int (*uk_store_set_s_t)(void *cookie, int64_t in);
typedef int (*uk_store_set_u_t)(void *cookie, uint64_t in);
typedef int (*uk_store_set_str_t)(void *cookie, const char *in);

struct uk_store_entry {
	const char *name; /* full name, e.g. "ukalloc/0/avail_mem" */
	const char *help; /* one line */
	/*
	 * "bytes", "seconds", "count", ... or "". "count" means a counter that
	 * only goes up (Prometheus: a counter named ..._total); a number of
	 * things that also goes down has another unit or "".
	 */
	const char *unit;
	enum uk_store_type type;
	void *get;    /* one of uk_store_get_*_t per type, or NULL */
	void *set;    /* one of uk_store_set_*_t per type, or NULL */
	void *cookie; /* passed to get/set (NULL for most static entries) */
};

/* A value in typed form. */
struct uk_store_value {
	enum uk_store_type type;
	union {
		int64_t s;
		uint64_t u;
		char str[128];
	};
};

/*
 * The accessor types of each type suffix, so that UK_STORE_ENTRY can check
 * its @get and @set (a u64 getter given for an s64 entry does not compile).
 * The suffix is pasted, never expanded: <stdbool.h> makes `bool` a macro.
 */
#define __UK_STORE_CLASS_s8	s
#define __UK_STORE_CLASS_s16	s
#define __UK_STORE_CLASS_s32	s
#define __UK_STORE_CLASS_s64	s
#define __UK_STORE_CLASS_u8	u
#define __UK_STORE_CLASS_u16	u
#define __UK_STORE_CLASS_u32	u
#define __UK_STORE_CLASS_u64	u
#define __UK_STORE_CLASS_uptr	u
#define __UK_STORE_CLASS_bool	u
#define __UK_STORE_CLASS_string str
#define __UK_STORE_GETTER(cls, fn)                                             \
	(1 ? (fn) : (UK_CONCAT(UK_CONCAT(uk_store_get_, cls), _t))0)
#define __UK_STORE_SETTER(cls, fn)                                             \
	(1 ? (fn) : (UK_CONCAT(UK_CONCAT(uk_store_set_, cls), _t))0)

#if CONFIG_LIBUKSTORE

/*
 * The entry of UK_STORE_ENTRY: @id is unique per entry, @name its full
 * name. The section name embeds the name, so the linker's SORT_BY_NAME
 * (store.lds) lays the table out in name order.
 */
#define __UK_STORE_ENTRY(id, name, tenum, cls, get, set, unit, help)           \
	_Static_assert(sizeof(name) <= UK_STORE_NAME_MAX + 1,                  \
		       "ukstore: name " name " is too long");                  \
	static const struct uk_store_entry __uk_store_##id __used __aligned(   \
	    sizeof(void *)) __section(".uk_store_entries." name) = {           \
		name,                                                          \
		help,                                                          \
		unit,                                                          \
		tenum,                                                         \
		(void *)__UK_STORE_GETTER(cls, get),                           \
		(void *)__UK_STORE_SETTER(cls, set),                           \
		NULL                                                           \
	}

/*
 * Find the entry called @name (static or dynamic) and take a reference.
 * Return it, or NULL when there is none. Costs a binary search: no
 * allocation, no copy. Drop the reference with uk_store_put_entry().
 */
const struct uk_store_entry *uk_store_get_entry(const char *name);

/* Drop a reference taken by uk_store_get_entry(); @e may be NULL. */
void uk_store_put_entry(const struct uk_store_entry *e);

/*
 * Call @fn for every entry whose name starts with @prefix ("" for all), in
 * name order, static and dynamic together; stop early if @fn returns
 * nonzero and return that value, else return 0. The entry is held while
 * @fn runs (@fn does not put it). @fn must not add or remove entries.
 */
int uk_store_iterate(const char *prefix,
		     int (*fn)(const struct uk_store_entry *e, void *arg),
		     void *arg);

/*
 * Read @e into @v (typed; @v->type becomes @e's type). Return 0,
 * -UK_STORE_ENOREAD for a write-only entry, -UK_STORE_ERANGE when the
 * getter's value does not fit the type, -UK_STORE_ENOENT for a removed
 * dynamic entry, or the getter's own error.
 */
int uk_store_get_value(const struct uk_store_entry *e,
		       struct uk_store_value *v);

/*
 * Read @e as text into @buf of @len bytes: "123", "-4", "true"/"false",
 * "0x1000" for uptr, a string as it is. Return 0, an error of
 * uk_store_get_value(), or -UK_STORE_ENOSPC when the text does not fit.
 */
int uk_store_get_text(const struct uk_store_entry *e, char *buf, size_t len);

/*
 * Parse @text for @e's type and call the setter. Integers are decimal or
 * 0x hex, with a sign only for signed types; bools are
 * true/false/1/0/yes/no/on/off; strings are taken as they are (at most 127
 * characters). Return 0, -UK_STORE_ENOWRITE (read-only),
 * -UK_STORE_EINVAL (malformed), -UK_STORE_ERANGE (outside the type, a
 * negative number for an unsigned type, or refused by the setter),
 * -UK_STORE_ENOSPC (string too long), -UK_STORE_ENOENT (removed entry).
 * Nothing is set on error.
 */
int uk_store_set_text(const struct uk_store_entry *e, const char *text);

/*
 * Set from a typed value. Return as uk_store_set_text(), and
 * -UK_STORE_ETYPE when @v->type is not @e's type.
 */
int uk_store_set_value(const struct uk_store_entry *e,
		       const struct uk_store_value *v);

/*
 * Dynamic entries: add "<lib>/<object>/<entry>" with the given type,
 * accessors and @cookie; @unit and @help are copied. Return the entry or
 * NULL (bad name, duplicate, no memory). The caller does not hold a
 * reference to the result; it passes it to uk_store_remove_dynamic().
 * Removing waits for nobody: the entry disappears from lookups at once,
 * its accessors are not called any more (readers holding it get
 * -UK_STORE_ENOENT), and its memory goes when the last reference is
 * dropped.
 */
const struct uk_store_entry *
uk_store_add_dynamic(const char *lib, const char *object, const char *entry,
		     enum uk_store_type type, void *get, void *set,
		     void *cookie, const char *unit, const char *help);

/*
 * Remove a dynamic entry returned by uk_store_add_dynamic();
 * NULL is ignored.
 */
void uk_store_remove_dynamic(const struct uk_store_entry *e);

/* Remove every dynamic entry of "<lib>/<object>/". */
void uk_store_remove_object(const char *lib, const char *object);

/* Name of a type ("u64"), "?" for a value that is none. */
const char *uk_store_type_name(enum uk_store_type t);

/*
 * Message of an error, given as UK_STORE_E* or negated ("not writable
 * (read-only)"); "unknown error" for other values.
 */
const char *uk_store_strerror(int err);

/* Access as text: "r", "w", "rw" (or "-" for neither). */
const char *uk_store_access(const struct uk_store_entry *e);

#else /* !CONFIG_LIBUKSTORE */

/*
 * Registry off: the accessors are still type-checked and count as used (no
 * unused-function warning), but only inside a static inline function that
 * nobody calls, so neither the entry, its strings nor (from -Og up) its
 * accessors reach the image.
 */
#define __UK_STORE_ENTRY(id, name, tenum, cls, get, set, unit, help)           \
	static inline void __uk_store_unused_##id(void)                        \
	{                                                                      \
		(void)__UK_STORE_GETTER(cls, get);                             \
		(void)__UK_STORE_SETTER(cls, set);                             \
		(void)(tenum);                                                 \
		(void)(unit);                                                  \
		(void)(help);                                                  \
	}

static inline const struct uk_store_entry *
uk_store_get_entry(const char *name __unused)
{
	return NULL;
}

static inline void uk_store_put_entry(const struct uk_store_entry *e __unused)
{
}

static inline int uk_store_iterate(const char *prefix __unused,
				   int (*fn)(const struct uk_store_entry *e,
					     void *arg) __unused,
				   void *arg __unused)
{
	return 0;
}

static inline int uk_store_get_value(const struct uk_store_entry *e __unused,
				     struct uk_store_value *v __unused)
{
	return -UK_STORE_ENOENT;
}

static inline int uk_store_get_text(const struct uk_store_entry *e __unused,
				    char *buf __unused, size_t len __unused)
{
	return -UK_STORE_ENOENT;
}

static inline int uk_store_set_text(const struct uk_store_entry *e __unused,
				    const char *text __unused)
{
	return -UK_STORE_ENOENT;
}

static inline int uk_store_set_value(const struct uk_store_entry *e __unused,
				     const struct uk_store_value *v __unused)
{
	return -UK_STORE_ENOENT;
}

static inline const struct uk_store_entry *
uk_store_add_dynamic(const char *lib __unused, const char *object __unused,
		     const char *entry __unused,
		     enum uk_store_type type __unused, void *get __unused,
		     void *set __unused, void *cookie __unused,
		     const char *unit __unused, const char *help __unused)
{
	return NULL;
}

static inline void
uk_store_remove_dynamic(const struct uk_store_entry *e __unused)
{
}

static inline void uk_store_remove_object(const char *lib __unused,
					  const char *object __unused)
{
}

static inline const char *uk_store_type_name(enum uk_store_type t __unused)
{
	return "?";
}

static inline const char *uk_store_strerror(int err __unused)
{
	return "ukstore is disabled";
}

static inline const char *
uk_store_access(const struct uk_store_entry *e __unused)
{
	return "-";
}

#endif /* CONFIG_LIBUKSTORE */

/*
 * The accessors of UK_STORE_ENTRY_RO and UK_STORE_ENTRY_RW, per class.
 * Inline, so that with the registry off (nothing takes their address)
 * they leave no code.
 */
#define __UK_STORE_READ_s(fn, value)                                           \
	static inline int fn(void *cookie __unused, int64_t *out)              \
	{                                                                      \
		*out = (value);                                                \
		return 0;                                                      \
	}
#define __UK_STORE_READ_u(fn, value)                                           \
	static inline int fn(void *cookie __unused, uint64_t *out)             \
	{                                                                      \
		*out = (value);                                                \
		return 0;                                                      \
	}
#define __UK_STORE_READ_str(fn, value)                                         \
	static inline int fn(void *cookie __unused, char *buf, size_t len)     \
	{                                                                      \
		return uk_store_copy_string(buf, len, (value));                \
	}
/*
 * One unsigned comparison checks both bounds, for signed and unsigned
 * values alike, and draws no "always true" warning for a bound of 0.
 */
#define __UK_STORE_WRITE(fn, intype, var, min, max)                            \
	static inline int fn(void *cookie __unused, intype in)                 \
	{                                                                      \
		if ((uint64_t)in - (uint64_t)(min) >                           \
		    (uint64_t)(max) - (uint64_t)(min))                         \
			return -UK_STORE_ERANGE;                               \
		(var) = in;                                                    \
		return 0;                                                      \
	}
#define __UK_STORE_WRITE_s(fn, var, min, max)                                  \
	__UK_STORE_WRITE(fn, int64_t, var, min, max)
#define __UK_STORE_WRITE_u(fn, var, min, max)                                  \
	__UK_STORE_WRITE(fn, uint64_t, var, min, max)

/*
 * Declare a static entry "<lib>/<entry>" at file scope. @type is a
 * uk_store_type suffix (u64, s32, bool, string, ...); @get/@set are
 * functions of the matching type or NULL.
 *
 *   static int get_free(void *c, uint64_t *out) { *out = ...; return 0; }
 *   UK_STORE_ENTRY(ukalloc, free_bytes, u64, get_free, NULL, "bytes",
 *                  "free bytes of the default allocator");
 *
 * @lib, @entry and @type are pasted, never expanded as macros (an entry
 * may be called `bool`).
 */
#define UK_STORE_ENTRY(lib, entry, type, get, set, unit, help)                 \
	__UK_STORE_ENTRY(lib##_##entry, #lib "/" #entry, UK_STORE_TYPE_##type, \
			 __UK_STORE_CLASS_##type, get, set, unit, help)

/*
 * Declare a read-only static entry whose value is @value, an expression
 * read at each access: a variable, a field, a call without side effects
 * (for a string entry, a const char *). The getter is generated.
 *
 *   UK_STORE_ENTRY_RO(uknofault, faults, u64, uk_nofault_fault_count(),
 *                     "count", "faults caught by nofault since boot");
 */
#define UK_STORE_ENTRY_RO(lib, entry, type, value, unit, help)                 \
	UK_CONCAT(__UK_STORE_READ_, __UK_STORE_CLASS_##type)                   \
	(__uk_store_get_##lib##_##entry, value)                                \
	    __UK_STORE_ENTRY(lib##_##entry, #lib "/" #entry,                   \
			     UK_STORE_TYPE_##type, __UK_STORE_CLASS_##type,    \
			     __uk_store_get_##lib##_##entry, NULL, unit, help)

/*
 * Declare a read-write integer entry backed by the variable @var: reads
 * return it, writes store values from @min to @max (both included) and
 * refuse others with -UK_STORE_ERANGE, leaving @var alone.
 *
 *   UK_STORE_ENTRY_RW(demo, block_size, u32, block_size, 1, 1024 * 1024,
 *                     "bytes", "size of each block");
 */
#define UK_STORE_ENTRY_RW(lib, entry, type, var, min, max, unit, help)         \
	UK_CONCAT(__UK_STORE_READ_, __UK_STORE_CLASS_##type)                   \
	(__uk_store_get_##lib##_##entry, var)                                  \
	    UK_CONCAT(__UK_STORE_WRITE_, __UK_STORE_CLASS_##type)(             \
		__uk_store_set_##lib##_##entry, var, min, max)                 \
		__UK_STORE_ENTRY(                                              \
		    lib##_##entry, #lib "/" #entry, UK_STORE_TYPE_##type,      \
		    __UK_STORE_CLASS_##type, __uk_store_get_##lib##_##entry,   \
		    __uk_store_set_##lib##_##entry, unit, help)

#define UK_STORE_TYPE_s8     UK_STORE_S8
#define UK_STORE_TYPE_s16    UK_STORE_S16
#define UK_STORE_TYPE_s32    UK_STORE_S32
#define UK_STORE_TYPE_s64    UK_STORE_S64
#define UK_STORE_TYPE_u8     UK_STORE_U8
#define UK_STORE_TYPE_u16    UK_STORE_U16
#define UK_STORE_TYPE_u32    UK_STORE_U32
#define UK_STORE_TYPE_u64    UK_STORE_U64
#define UK_STORE_TYPE_uptr   UK_STORE_UPTR
#define UK_STORE_TYPE_bool   UK_STORE_BOOL
#define UK_STORE_TYPE_string UK_STORE_STRING

/*
 * For string getters: copy @s with its NUL into @buf (@len bytes); return
 * 0, or -UK_STORE_ENOSPC (leaving @buf alone) when it does not fit.
 */
static inline int uk_store_copy_string(char *buf, size_t len, const char *s)
{
	size_t n = __builtin_strlen(s);

	if (n >= len)
		return -UK_STORE_ENOSPC;
	__builtin_memcpy(buf, s, n + 1);
	return 0;
}

#endif /* UK_STORE_H */
