/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * `irq` and `timers` as text (<uk/irqview.h>), over the platform's
 * description of its interrupt controller and timer, and uksched's timed
 * waits. Times are monotonic, in seconds with microsecond digits, and
 * as time left ("overdue by": the interrupt is not yet taken).
 */
#include <stdio.h>
#include <uk/irqview.h>
#include <uk/plat/irqinfo.h>
#include <uk/plat/time.h>
#include <uk/plat/timer.h>
#include <uk/symbols.h>
#if CONFIG_LIBUKSCHED
#include <uk/sched.h>
#endif

#define LINE_MAX 128

struct view {
	uk_irqview_out_fn out;
	void *arg;
	uint64_t now;
};

static void handler_name(const void *fn, char *buf, size_t len)
{
	struct uk_symbol s;

	if (!fn)
		snprintf(buf, len, "-");
	else if (uk_resolve_symbol((unsigned long)fn, &s) < 0)
		snprintf(buf, len, "%p", fn);
	else if (!s.offset)
		snprintf(buf, len, "%s", s.name);
	else
		snprintf(buf, len, "%s+0x%lx", s.name, s.offset);
}

static void irq_line(void *arg, const struct ukplat_irq_line *l)
{
	const struct view *v = arg;
	char line[LINE_MAX], handler[64], prio[8] = "-", tgt[8] = "-";

	handler_name(l->handler, handler, sizeof(handler));
	if (l->priority >= 0)
		snprintf(prio, sizeof(prio), "%02x", l->priority);
	if (l->targets)
		snprintf(tgt, sizeof(tgt), "%02x", l->targets);
	snprintf(line, sizeof(line),
		 "%4u %4u  %-11s %-3s %-4s %-3s %-4s %-3s %s", l->irq,
		 l->vector, l->source, l->enabled ? "yes" : "no",
		 l->pending ? "yes" : "no", l->active ? "yes" : "no", prio, tgt,
		 handler);
	v->out(v->arg, line);
}

int uk_irq_view(uk_irqview_out_fn out, void *arg)
{
	struct view v = { out, arg, 0 };

	ukplat_irq_controller(out, arg);
	out(arg, " IRQ  VEC  SOURCE      EN  PEND ACT PRIO CPU HANDLER");
	ukplat_irq_lines(irq_line, &v);
	return 0;
}

/* "12.345678 s (in 1.500000 s)" */
static void when(const struct view *v, uint64_t t, char *buf, size_t len)
{
	uint64_t d = t >= v->now ? t - v->now : v->now - t;

	snprintf(buf, len, "%llu.%06llu s (%s%llu.%06llu s)",
		 (unsigned long long)(t / 1000000000u),
		 (unsigned long long)(t % 1000000000u / 1000u),
		 t >= v->now ? "in " : "overdue by ",
		 (unsigned long long)(d / 1000000000u),
		 (unsigned long long)(d % 1000000000u / 1000u));
}

#if CONFIG_LIBUKSCHED
static void timed_thread(void *arg, const struct uk_thread *t)
{
	const struct view *v = arg;
	char line[LINE_MAX], at[64];

	when(v, t->deadline, at, sizeof(at));
	snprintf(line, sizeof(line), "thread %lu %s (%s): %s", t->id, t->name,
		 t->wait_what ? t->wait_what : "-", at);
	v->out(v->arg, line);
}
#endif

int uk_timers_view(uk_irqview_out_fn out, void *arg)
{
	struct view v = { out, arg, ukplat_monotonic_ns() };
	char line[LINE_MAX], at[64];
	uint64_t deadline;

	snprintf(line, sizeof(line), "now %llu.%06llu s",
		 (unsigned long long)(v.now / 1000000000u),
		 (unsigned long long)(v.now % 1000000000u / 1000u));
	out(arg, line);
	if (ukplat_timer_deadline(&deadline)) {
		when(&v, deadline, at, sizeof(at));
		snprintf(line, sizeof(line), "platform timer: armed for %s",
			 at);
	} else {
		snprintf(line, sizeof(line), "platform timer: not armed");
	}
	out(arg, line);
#if CONFIG_LIBUKSCHED
	uk_sched_timed_threads(timed_thread, &v);
#endif
	return 0;
}
