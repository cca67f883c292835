/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * POSIX threads without uksched: main() is the one thread there is and
 * stays the one. Sleeps wait on the platform timer with the CPU halted,
 * or poll the clock on a machine without a timer.
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/time.h>
#include <uk/plat/timer.h>
#include <uk/sched.h>

#include "posix.h"

/* Default stack size reported for threads that cannot be created. */
#define SINGLE_STACKSIZE (64 * 1024)

static struct uk_thread only_thread = {
	.id = 1,
	.name = "main",
	.state = UK_THREAD_RUNNING,
};

/* 0: not set up yet, 1: the timer wakes sleepers, -1: no timer, poll. */
static int timer_state;

int pthread_create(pthread_t *thread __unused,
		   const pthread_attr_t *attr __unused,
		   void *(*fn)(void *)__unused, void *arg __unused)
{
	return EAGAIN;
}

int pthread_join(pthread_t thread, void **retval __unused)
{
	return thread == &only_thread ? EDEADLK : ESRCH;
}

int pthread_detach(pthread_t thread)
{
	return thread == &only_thread ? 0 : ESRCH;
}

/* The last thread ending ends the program, with status 0. */
void pthread_exit(void *retval __unused)
{
	posix_tsd_exit();
	exit(0);
}

pthread_t pthread_self(void)
{
	return &only_thread;
}

int pthread_setname_np(pthread_t thread, const char *name)
{
	size_t n = strlen(name);

	if (thread != &only_thread)
		return ESRCH;
	if (n >= UK_THREAD_NAME_MAX)
		return ERANGE;
	memcpy(thread->name, name, n + 1);
	return 0;
}

int sched_yield(void)
{
	return 0;
}

/* Nothing to do: the interrupt itself ends the wait for it. */
static void timer_fired(void)
{
}

void posix_sleep_until(uint64_t deadline_ns)
{
	unsigned long flags;

	if (!timer_state)
		timer_state = ukplat_timer_init(timer_fired) ? -1 : 1;
	while (ukplat_monotonic_ns() < deadline_ns) {
		if (timer_state < 0)
			continue;
		flags = ukarch_irq_save();
		ukplat_timer_arm(deadline_ns);
		/* Checked with interrupts masked: no wake-up slips by. */
		if (ukplat_monotonic_ns() < deadline_ns)
			ukarch_wait_for_irq();
		ukarch_irq_restore(flags);
	}
	if (timer_state > 0)
		ukplat_timer_disarm();
}

size_t posix_default_stacksize(void)
{
	return SINGLE_STACKSIZE;
}

void **posix_tsd_slot(void)
{
	return &only_thread.posix;
}

void posix_lock(void)
{
}

void posix_unlock(void)
{
}
