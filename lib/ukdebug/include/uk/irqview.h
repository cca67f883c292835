/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Views of the interrupt controller and the armed timers, as lines of
 * text for the shell (`irq`, `timers`), the debugger (`monitor irq`,
 * `monitor timers`). Handlers are symbolized. Call
 * with interrupts masked, so that nothing changes under the view.
 */
#ifndef UK_IRQVIEW_H
#define UK_IRQVIEW_H

#include <uk/essentials.h>

typedef void (*uk_irqview_out_fn)(void *arg, const char *line);

#if CONFIG_LIBUKDEBUG
/*
 * The controller's global state, then one line per interrupt line in use.
 * Return 0 (-1: ukdebug not built in).
 */
int uk_irq_view(uk_irqview_out_fn out, void *arg);

/*
 * The platform timer's deadline and, with uksched, every thread waiting
 * for one, each as monotonic time and time left. Return 0.
 */
int uk_timers_view(uk_irqview_out_fn out, void *arg);
#else
static inline int uk_irq_view(uk_irqview_out_fn out __unused,
			      void *arg __unused)
{
	return -1;
}

static inline int uk_timers_view(uk_irqview_out_fn out __unused,
				 void *arg __unused)
{
	return -1;
}
#endif

#endif /* UK_IRQVIEW_H */
