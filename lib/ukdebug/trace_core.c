/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The recorder: the table's header, the ring buffer and the function every
 * enabled tracepoint calls. A record never straddles the end of the
 * buffer: the bytes left before the end are a padding record (or, when
 * only 8 are left, skipped), and writing goes on at 0. Room is made by
 * dropping the oldest records from the tail. There is one CPU: masking
 * interrupts around the reservation and the write is the whole lock, so
 * firing is safe in interrupt and trap context; a fire nested inside the
 * recorder (a trap in it) is dropped and counted, never waited for. The
 * ring's fields change only between complete records, so a reader that
 * stops the recorder anywhere (debugger, crash) finds whole events.
 */
#include <uk/arch/lcpu.h>
#include <uk/plat/time.h>
#include <uk/trace.h>
#if CONFIG_LIBUKSCHED
#include <uk/sched.h>
#endif
#include "trace_internal.h"

_Static_assert(sizeof(struct uk_tracepoint) == 48, "table entry layout");
_Static_assert(sizeof(struct uk_trace_ring) == 48, "ring layout");
_Static_assert(sizeof(struct uk_trace_dump_hdr) == 64, "dump header layout");
_Static_assert(CONFIG_LIBUKDEBUG_TRACE_BUFSIZE % 8 == 0,
	       "CONFIG_LIBUKDEBUG_TRACE_BUFSIZE must be a multiple of 8");
_Static_assert(TRACE_REC_MAX <= CONFIG_LIBUKDEBUG_TRACE_BUFSIZE,
	       "the ring must hold the longest record");

static const struct uk_trace_table_hdr uk_trace_table_hdr __used __aligned(8)
    __section(".uk_trace.hdr") = {
	    .magic = "UKTRACE",
	    .version = UK_TRACE_FORMAT_VERSION,
	    .tp_size = sizeof(struct uk_tracepoint),
    };

/*
 * Not zeroed at boot (.noinit): only the bytes between tail and head are
 * ever read, and clearing 160 KiB was most of what tracing added to boot.
 */
uint8_t uk_trace_buf[CONFIG_LIBUKDEBUG_TRACE_BUFSIZE] __aligned(8) __noinit;
struct uk_trace_ring uk_trace_ring = {
	.size = CONFIG_LIBUKDEBUG_TRACE_BUFSIZE,
	.version = UK_TRACE_FORMAT_VERSION,
};
uint64_t uk_trace_dropped;

/* Nonzero while a record is written or a dump reads the ring. */
static unsigned int busy;

void trace_pause(void)
{
	unsigned long flags = ukarch_irq_save();

	busy++;
	ukarch_irq_restore(flags);
}

void trace_resume(void)
{
	unsigned long flags = ukarch_irq_save();

	busy--;
	ukarch_irq_restore(flags);
}

void trace_clear(void)
{
	unsigned long flags = ukarch_irq_save();

	uk_trace_ring.head = 0;
	uk_trace_ring.tail = 0;
	uk_trace_ring.used = 0;
	uk_trace_ring.recorded = 0;
	uk_trace_ring.overwritten = 0;
	ukarch_irq_restore(flags);
}

/* Drop the oldest record (or padding, or skipped end) from the tail. */
static void drop_oldest(struct uk_trace_ring *r)
{
	uint64_t n = r->size - r->tail;

	if (n >= TRACE_HDR_SIZE) {
		const struct uk_trace_event *ev =
		    (const void *)(uk_trace_buf + r->tail);

		n = ev->size;
		if (ev->id != UK_TRACE_ID_PAD)
			r->overwritten++;
	}
	/* A reader stopped in between sees a shorter ring, never a longer. */
	r->used -= n;
	barrier();
	r->tail = r->tail + n == r->size ? 0 : r->tail + n;
}

/*
 * Make room for a record of @rec bytes; return where it goes. Bytes left
 * before the end of the buffer that cannot hold it become a padding record
 * (or are skipped when fewer than a header).
 */
static uint64_t reserve(struct uk_trace_ring *r, uint64_t rec)
{
	uint64_t end = r->size - r->head;
	uint64_t need = end >= rec ? rec : end + rec;

	while (r->size - r->used < need)
		drop_oldest(r);
	if (end >= rec)
		return r->head;
	if (end >= TRACE_HDR_SIZE) {
		struct uk_trace_event *pad = (void *)(uk_trace_buf + r->head);

		pad->ts_ns = 0;
		pad->tid = 0;
		pad->id = UK_TRACE_ID_PAD;
		pad->size = (uint16_t)end;
	}
	barrier();
	r->used += end;
	r->head = 0;
	return 0;
}

static uint64_t str_len(const char *s)
{
	uint64_t n = 0;

	while (n < CONFIG_LIBUKDEBUG_TRACE_STRLEN && s[n])
		n++;
	return n;
}

static uint32_t current_tid(void)
{
#if CONFIG_LIBUKSCHED
	const struct uk_thread *t = uk_thread_current();

	return t ? (uint32_t)t->id : 0;
#else
	return 0;
#endif
}

void __uk_trace_record(struct uk_tracepoint *tp, const uint64_t *args)
{
	struct uk_trace_ring *r = &uk_trace_ring;
	uint64_t strlens[UK_TRACE_MAX_ARGS];
	uint64_t rec = TRACE_HDR_SIZE, at;
	struct uk_trace_event *ev;
	unsigned long flags;
	uint64_t *slot;

	for (unsigned int i = 0; i < tp->nargs; i++) {
		if (tp->argtype[i] != UK_TRACE_ARG_STRING) {
			rec += 8;
			continue;
		}
		strlens[i] = args[i] ? str_len((const char *)(uintptr_t)args[i])
				     : UK_TRACE_STR_NULL;
		rec += ALIGN_UP(
		    2 + (strlens[i] == UK_TRACE_STR_NULL ? 0 : strlens[i]), 8);
	}

	flags = ukarch_irq_save();
	tp->hits++;
	if (busy) {
		uk_trace_dropped++;
		ukarch_irq_restore(flags);
		return;
	}
	busy = 1;
	at = reserve(r, rec);
	ev = (void *)(uk_trace_buf + at);
	ev->ts_ns = ukplat_monotonic_ns();
	ev->tid = current_tid();
	ev->id = (uint16_t)(tp - __uk_tp_start);
	ev->size = (uint16_t)rec;
	/* Records are 8-aligned: word stores, no library calls. */
	slot = (uint64_t *)(ev + 1);
	for (unsigned int i = 0; i < tp->nargs; i++) {
		const char *str = (const char *)(uintptr_t)args[i];
		uint64_t len, words;

		if (tp->argtype[i] != UK_TRACE_ARG_STRING) {
			*slot++ = args[i];
			continue;
		}
		len = strlens[i];
		words = len == UK_TRACE_STR_NULL ? 1 : ALIGN_UP(2 + len, 8) / 8;
		for (uint64_t w = 0; w < words; w++)
			slot[w] = 0;
		*(uint16_t *)slot = (uint16_t)len;
		if (len != UK_TRACE_STR_NULL)
			for (uint64_t b = 0; b < len; b++)
				((char *)slot)[2 + b] = str[b];
		slot += words;
	}
	barrier();
	r->head = at + rec == r->size ? 0 : at + rec;
	r->used += rec;
	r->recorded++;
	busy = 0;
	ukarch_irq_restore(flags);
}

void trace_cursor_init(struct trace_cursor *c, const struct uk_trace_ring *r)
{
	c->pos = r->tail;
	c->left = r->used;
}

long trace_cursor_next(struct trace_cursor *c, const struct uk_trace_ring *r,
		       const uint8_t *buf)
{
	while (c->left) {
		uint64_t n = r->size - c->pos;
		const struct uk_trace_event *ev;
		long at = (long)c->pos;

		if (c->pos >= r->size)
			return -1;
		if (n >= TRACE_HDR_SIZE) {
			ev = (const void *)(buf + c->pos);
			n = ev->size;
			if (n < TRACE_HDR_SIZE || n % 8 ||
			    n > r->size - c->pos || n > c->left)
				return -1;
		} else {
			ev = NULL;
		}
		c->pos += n;
		if (c->pos == r->size)
			c->pos = 0;
		c->left -= n;
		if (ev && ev->id != UK_TRACE_ID_PAD)
			return at;
	}
	return -1;
}
