/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Tracepoints: a flight recorder. At file scope,
 *
 *   UK_TRACEPOINT(trace_alloc, "size=%zu ptr=%p", size_t, void *);
 *
 * defines the tracepoint and a function trace_alloc(size_t, void *) that
 * records, when the tracepoint is enabled, a timestamp, the thread id and
 * the raw arguments into a ring buffer that overwrites its oldest events.
 * Arguments are integers of any width (sign- or zero-extended), pointers,
 * or strings (char *, copied up to CONFIG_LIBUKDEBUG_TRACE_STRLEN bytes);
 * at most 7 of them. Nothing is formatted when firing; firing is safe in
 * interrupt and trap context. A disabled tracepoint costs a load and a
 * branch.
 *
 * Each tracepoint is described (name, library, format, argument types) by
 * an entry in the section .uk_trace of the image, so host tools read a
 * trace with nothing but the ELF file. The binary formats are in
 * docs/tracing.md. With CONFIG_LIBUKDEBUG_TRACE off the functions are
 * empty and nothing of the tracing code is in the image.
 */
#ifndef UK_TRACE_H
#define UK_TRACE_H

#include <uk/essentials.h>
#include <uk/store.h>

/* The line callback of <uk/backtrace.h>, without its other headers. */
typedef void (*uk_backtrace_out_fn)(void *arg, const char *line);

#define UK_TRACE_FORMAT_VERSION 1

/* Argument type codes: low 4 bits the size in bytes, high bits the kind. */
#define UK_TRACE_ARG_UNSIGNED 0x00
#define UK_TRACE_ARG_SIGNED   0x10
#define UK_TRACE_ARG_POINTER  0x28
#define UK_TRACE_ARG_STRING   0x30
#define UK_TRACE_ARG_SIZE(t)  ((t)&0x0f)

#define UK_TRACE_MAX_ARGS 7
/* The id of a padding record in the ring. */
#define UK_TRACE_ID_PAD	  0xffff
/* The length recorded for a NULL string. */
#define UK_TRACE_STR_NULL 0xffff

/* The start of the table (.uk_trace.hdr): 16 bytes. */
struct uk_trace_table_hdr {
	char magic[8]; /* "UKTRACE\0" */
	uint32_t version;
	uint32_t tp_size; /* sizeof(struct uk_tracepoint) */
};

/* One table entry (.uk_trace.tp): 48 bytes. */
struct uk_tracepoint {
	uint8_t enabled; /* the hot path's load */
	uint8_t nargs;
	uint8_t
	    argtype[UK_TRACE_MAX_ARGS]; /* UK_TRACE_ARG_*|size, 0 past nargs */
	uint8_t reserved[7];
	uint64_t hits; /* times fired while enabled */
	const char *name;
	const char *lib; /* library or application that defines it */
	const char *fmt; /* printf format of the arguments */
};

/* The header of each event record in the ring: 16 bytes. */
struct uk_trace_event {
	uint64_t ts_ns; /* ukplat_monotonic_ns() when fired */
	uint32_t tid;	/* running thread's id, 0 without one */
	uint16_t id;	/* index in the table, or UK_TRACE_ID_PAD */
	uint16_t size;	/* of the whole record, multiple of 8 */
};

/* The ring's state (symbol uk_trace_ring): 48 bytes. */
struct uk_trace_ring {
	uint64_t head;	      /* where the next record goes */
	uint64_t tail;	      /* the oldest record */
	uint64_t used;	      /* bytes from tail to head */
	uint64_t recorded;    /* events recorded since boot or clear */
	uint64_t overwritten; /* events dropped to make room */
	uint32_t size;	      /* bytes of uk_trace_buf */
	uint32_t version;
};

/* The header of a raw dump (`trace dump --raw`): 64 bytes. */
struct uk_trace_dump_hdr {
	char magic[8]; /* "UKTRDMP\0" */
	uint32_t version;
	uint32_t hdr_size;
	uint64_t recorded;
	uint64_t overwritten;
	uint64_t count;	       /* events in the payload */
	uint64_t payload_size; /* bytes */
	uint64_t now_ns;
	uint32_t payload_crc32; /* CRC-32 of the payload (zlib's) */
	uint32_t tp_count;	/* entries in the image's table */
};

/* The library a tracepoint belongs to: set by the build per library. */
#ifndef UK_TRACE_LIB
#define UK_TRACE_LIB "unknown"
#endif

/* The number of arguments (0..7) of a UK_TRACEPOINT. */
#define __UK_TP_NARGS(...)                                                     \
	__UK_TP_NARGS_(_, ##__VA_ARGS__, 7, 6, 5, 4, 3, 2, 1, 0)
#define __UK_TP_NARGS_(_, a1, a2, a3, a4, a5, a6, a7, n, ...) n

#if CONFIG_LIBUKDEBUG_TRACE

/* Record an event of @tp; @args holds its arguments as 64-bit values. */
void __uk_trace_record(struct uk_tracepoint *tp, const uint64_t *args);

/*
 * The type code of an argument of type @T: strings are char pointers,
 * other pointers are pointers, integers have a size and a signedness.
 */
#define __UK_TP_IS_STR(T)                                                      \
	_Generic((T)0, char * : 1, const char * : 1, default : 0)
#define __UK_TP_SIGNED(T)                                                      \
	_Generic((T)0, signed char : 1, short : 1, int : 1, long : 1,          \
		 long long : 1, char                                           \
		 : ((char)-1 < 0), default : 0)
#define __UK_TP_TYPE(T)                                                        \
	(__builtin_classify_type((T)0) == 5                                    \
	     ? (__UK_TP_IS_STR(T) ? UK_TRACE_ARG_STRING                        \
				  : UK_TRACE_ARG_POINTER)                      \
	     : ((__UK_TP_SIGNED(T) ? UK_TRACE_ARG_SIGNED                       \
				   : UK_TRACE_ARG_UNSIGNED) |                  \
		sizeof(T)))

#define __UK_TP_TYPES_0()	    0
#define __UK_TP_TYPES_1(a)	    __UK_TP_TYPE(a)
#define __UK_TP_TYPES_2(a, b)	    __UK_TP_TYPE(a), __UK_TP_TYPE(b)
#define __UK_TP_TYPES_3(a, b, c)    __UK_TP_TYPES_2(a, b), __UK_TP_TYPE(c)
#define __UK_TP_TYPES_4(a, b, c, d) __UK_TP_TYPES_3(a, b, c), __UK_TP_TYPE(d)
#define __UK_TP_TYPES_5(a, b, c, d, e)                                         \
	__UK_TP_TYPES_4(a, b, c, d), __UK_TP_TYPE(e)
#define __UK_TP_TYPES_6(a, b, c, d, e, f)                                      \
	__UK_TP_TYPES_5(a, b, c, d, e), __UK_TP_TYPE(f)
#define __UK_TP_TYPES_7(a, b, c, d, e, f, g)                                   \
	__UK_TP_TYPES_6(a, b, c, d, e, f), __UK_TP_TYPE(g)

/* The parameters of the firing function, a1 .. a7. */
#define __UK_TP_PARAMS_0()		   void
#define __UK_TP_PARAMS_1(a)		   a a1
#define __UK_TP_PARAMS_2(a, b)		   a a1, b a2
#define __UK_TP_PARAMS_3(a, b, c)	   a a1, b a2, c a3
#define __UK_TP_PARAMS_4(a, b, c, d)	   a a1, b a2, c a3, d a4
#define __UK_TP_PARAMS_5(a, b, c, d, e)	   a a1, b a2, c a3, d a4, e a5
#define __UK_TP_PARAMS_6(a, b, c, d, e, f) a a1, b a2, c a3, d a4, e a5, f a6
#define __UK_TP_PARAMS_7(a, b, c, d, e, f, g)                                  \
	a a1, b a2, c a3, d a4, e a5, f a6, g a7

/*
 * The arguments as 64-bit values: integers converted (which sign- or
 * zero-extends them per their type), pointers through uintptr_t.
 */
#define __UK_TP_V(x)	 ((uint64_t)(uintptr_t)(x))
#define __UK_TP_VALUES_0 0
#define __UK_TP_VALUES_1 __UK_TP_V(a1)
#define __UK_TP_VALUES_2 __UK_TP_VALUES_1, __UK_TP_V(a2)
#define __UK_TP_VALUES_3 __UK_TP_VALUES_2, __UK_TP_V(a3)
#define __UK_TP_VALUES_4 __UK_TP_VALUES_3, __UK_TP_V(a4)
#define __UK_TP_VALUES_5 __UK_TP_VALUES_4, __UK_TP_V(a5)
#define __UK_TP_VALUES_6 __UK_TP_VALUES_5, __UK_TP_V(a6)
#define __UK_TP_VALUES_7 __UK_TP_VALUES_6, __UK_TP_V(a7)
#define __UK_TP_CALLARGS_0
#define __UK_TP_CALLARGS_1 , a1
#define __UK_TP_CALLARGS_2 __UK_TP_CALLARGS_1, a2
#define __UK_TP_CALLARGS_3 __UK_TP_CALLARGS_2, a3
#define __UK_TP_CALLARGS_4 __UK_TP_CALLARGS_3, a4
#define __UK_TP_CALLARGS_5 __UK_TP_CALLARGS_4, a5
#define __UK_TP_CALLARGS_6 __UK_TP_CALLARGS_5, a6
#define __UK_TP_CALLARGS_7 __UK_TP_CALLARGS_6, a7

/* Never called: lets the compiler check the format against the types. */
static inline __printf(1, 2) void __uk_trace_check_fmt(const char *fmt __unused,
						       ...)
{
}

#if CONFIG_LIBUKSTORE
/* The accessors of every tracepoint's ukstore entries (trace_store.c). */
int __uk_trace_store_enabled(void *tp, uint64_t *out);
int __uk_trace_store_enable(void *tp, uint64_t in);
int __uk_trace_store_hits(void *tp, uint64_t *out);

/*
 * ukdebug/trace/<name>/enabled and .../hits: static entries, laid out by
 * the linker with the others (store.lds), so they cost boot nothing.
 */
#define __UK_TP_STORE_ENTRY(tpname, what, type, get, set, unit, help)          \
	static const struct uk_store_entry __uk_tp_store_##what##_##tpname     \
	    __used __aligned(sizeof(void *)) __section(                        \
		".uk_store_entries.ukdebug/trace/" #tpname "/" #what) = {      \
		    "ukdebug/trace/" #tpname "/" #what,                        \
		    help,                                                      \
		    unit,                                                      \
		    type,                                                      \
		    (void *)(get),                                             \
		    (void *)(set),                                             \
		    &__uk_tp_##tpname,                                         \
	    }
#define __UK_TP_STORE(tpname)                                                  \
	_Static_assert(sizeof("ukdebug/trace/" #tpname "/enabled") <=          \
			   UK_STORE_NAME_MAX + 1,                              \
		       "tracepoint name " #tpname " is too long for ukstore"); \
	__UK_TP_STORE_ENTRY(tpname, enabled, UK_STORE_BOOL,                    \
			    __uk_trace_store_enabled, __uk_trace_store_enable, \
			    "", "the tracepoint records when fired");          \
	__UK_TP_STORE_ENTRY(tpname, hits, UK_STORE_U64, __uk_trace_store_hits, \
			    NULL, "count", "times fired while enabled");
#else
#define __UK_TP_STORE(tpname)
#endif

#define __UK_TRACEPOINT(tpname, n, tpfmt, ...)                                 \
	static struct uk_tracepoint __uk_tp_##tpname __used __aligned(8)       \
	    __section(".uk_trace.tp") = {                                      \
		    .enabled = IS_ENABLED(CONFIG_LIBUKDEBUG_TRACE_DEFAULT_ON), \
		    .nargs = n,                                                \
		    .argtype = { __UK_TP_TYPES_##n(__VA_ARGS__) },             \
		    .name = #tpname,                                           \
		    .lib = UK_TRACE_LIB,                                       \
		    .fmt = tpfmt,                                              \
	    };                                                                 \
	__UK_TP_STORE(tpname)                                                  \
	static inline void tpname(__UK_TP_PARAMS_##n(__VA_ARGS__))             \
	{                                                                      \
		if (__builtin_expect(__uk_tp_##tpname.enabled, 0)) {           \
			const uint64_t __v[] = { __UK_TP_VALUES_##n };         \
                                                                               \
			if (0)                                                 \
				__uk_trace_check_fmt(                          \
				    tpfmt __UK_TP_CALLARGS_##n);               \
			__uk_trace_record(&__uk_tp_##tpname, __v);             \
		}                                                              \
	}

/*
 * The `trace` command of the shell and of the GDB stub's `monitor`:
 * @argv is "trace" and its arguments (ls, on <glob>, off <glob>, dump [N],
 * dump --raw, clear); lines go to @out. Return 0, or 1 after an "error:"
 * line.
 */
int uk_trace_command(int argc, char *argv[], uk_backtrace_out_fn out,
		     void *arg);

/*
 * The raw dump's bytes (what `trace dump --raw` encodes: the header, then
 * the events oldest first), for a crash dump. uk_trace_raw_snapshot() takes
 * the ring's state now and returns the size; uk_trace_raw_read() copies
 * bytes [@off, @off + @len) of it, in any order (in order costs least).
 * Events recorded later are not in it; should they overwrite its oldest,
 * those read as they are then, and the header's CRC says so.
 */
size_t uk_trace_raw_snapshot(void);
void uk_trace_raw_read(size_t off, void *buf, size_t len);

#else /* !CONFIG_LIBUKDEBUG_TRACE */

static inline int uk_trace_command(int argc __unused, char *argv[] __unused,
				   uk_backtrace_out_fn out, void *arg)
{
	out(arg, "error: tracepoints are not built in "
		 "(CONFIG_LIBUKDEBUG_TRACE)");
	return 1;
}

static inline size_t uk_trace_raw_snapshot(void)
{
	return 0;
}

static inline void uk_trace_raw_read(size_t off __unused, void *buf __unused,
				     size_t len __unused)
{
}

#define __UK_TP_UNUSED_PARAMS_0()     void
#define __UK_TP_UNUSED_PARAMS_1(a)    a a1 __unused
#define __UK_TP_UNUSED_PARAMS_2(a, b) __UK_TP_UNUSED_PARAMS_1(a), b a2 __unused
#define __UK_TP_UNUSED_PARAMS_3(a, b, c)                                       \
	__UK_TP_UNUSED_PARAMS_2(a, b), c a3 __unused
#define __UK_TP_UNUSED_PARAMS_4(a, b, c, d)                                    \
	__UK_TP_UNUSED_PARAMS_3(a, b, c), d a4 __unused
#define __UK_TP_UNUSED_PARAMS_5(a, b, c, d, e)                                 \
	__UK_TP_UNUSED_PARAMS_4(a, b, c, d), e a5 __unused
#define __UK_TP_UNUSED_PARAMS_6(a, b, c, d, e, f)                              \
	__UK_TP_UNUSED_PARAMS_5(a, b, c, d, e), f a6 __unused
#define __UK_TP_UNUSED_PARAMS_7(a, b, c, d, e, f, g)                           \
	__UK_TP_UNUSED_PARAMS_6(a, b, c, d, e, f), g a7 __unused

#define __UK_TRACEPOINT(tpname, n, tpfmt, ...)                                 \
	static inline void tpname(__UK_TP_UNUSED_PARAMS_##n(__VA_ARGS__))      \
	{                                                                      \
	}

#endif /* CONFIG_LIBUKDEBUG_TRACE */

#define __UK_TRACEPOINT_N(name, n, fmt, ...)                                   \
	__UK_TRACEPOINT(name, n, fmt, ##__VA_ARGS__)
/*
 * Define tracepoint @name at file scope, with printf format @fmt and the
 * types of its 0 to 7 arguments; @name(...) fires it.
 */
#define UK_TRACEPOINT(name, fmt, ...)                                          \
	__UK_TRACEPOINT_N(name, __UK_TP_NARGS(__VA_ARGS__), fmt, ##__VA_ARGS__)

#endif /* UK_TRACE_H */
