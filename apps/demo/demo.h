/* SPDX-License-Identifier: BSD-3-Clause */
/* What the demo's files offer each other. */
#ifndef DEMO_H
#define DEMO_H

#ifdef CONFIG_LIBUKSCHED
/* Start the producer, consumer and sleeper threads (threads.c). */
void demo_threads_start(void);
#else
/* Without uksched there is one thread: the demo is its shell alone. */
static inline void demo_threads_start(void)
{
}
#endif

#endif /* DEMO_H */
