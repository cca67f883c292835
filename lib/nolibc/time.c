/* SPDX-License-Identifier: BSD-3-Clause */
/* <time.h> and <unistd.h> sleeps on the platform clocks. */
#include <errno.h>
#include <time.h>
#include <unistd.h>
#include <uk/plat/time.h>

#include "posix.h"

static uint64_t clamp_ns(const struct timespec *ts)
{
	if (ts->tv_sec < 0)
		return 0;
	if ((uint64_t)ts->tv_sec >= UINT64_MAX / NSEC_PER_SEC)
		return UINT64_MAX;
	return (uint64_t)ts->tv_sec * NSEC_PER_SEC + (uint64_t)ts->tv_nsec;
}

static void to_timespec(uint64_t ns, struct timespec *ts)
{
	ts->tv_sec = (time_t)(ns / NSEC_PER_SEC);
	ts->tv_nsec = (long)(ns % NSEC_PER_SEC);
}

int clock_gettime(clockid_t clk, struct timespec *ts)
{
	switch (clk) {
	case CLOCK_MONOTONIC:
		to_timespec(ukplat_monotonic_ns(), ts);
		return 0;
	case CLOCK_REALTIME:
		to_timespec(ukplat_wall_clock_ns(), ts);
		return 0;
	default:
		errno = EINVAL;
		return -1;
	}
}

time_t time(time_t *t)
{
	time_t now = (time_t)(ukplat_wall_clock_ns() / NSEC_PER_SEC);

	if (t)
		*t = now;
	return now;
}

int posix_deadline(clockid_t clk, const struct timespec *abstime,
		   uint64_t *deadline_ns)
{
	uint64_t abs_ns, offset = 0;

	if (abstime->tv_nsec < 0 || abstime->tv_nsec >= (long)NSEC_PER_SEC)
		return EINVAL;
	if (clk != CLOCK_MONOTONIC && clk != CLOCK_REALTIME)
		return EINVAL;
	/* Wall clock first: the offset errs small, the deadline late. */
	if (clk == CLOCK_REALTIME)
		offset = ukplat_wall_clock_ns() - ukplat_monotonic_ns();
	abs_ns = clamp_ns(abstime);
	*deadline_ns = abs_ns > offset ? abs_ns - offset : 0;
	if (*deadline_ns == 0)
		*deadline_ns = 1;
	return 0;
}

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	uint64_t ns, now;

	if (req->tv_sec < 0 || req->tv_nsec < 0 ||
	    req->tv_nsec >= (long)NSEC_PER_SEC) {
		errno = EINVAL;
		return -1;
	}
	ns = clamp_ns(req);
	now = ukplat_monotonic_ns();
	posix_sleep_until(ns > UINT64_MAX - now ? UINT64_MAX : now + ns);
	if (rem)
		rem->tv_sec = rem->tv_nsec = 0;
	return 0;
}

unsigned int sleep(unsigned int seconds)
{
	struct timespec ts = { (time_t)seconds, 0 };

	nanosleep(&ts, NULL);
	return 0;
}

int usleep(useconds_t usec)
{
	struct timespec ts = { (time_t)(usec / 1000000),
			       (long)(usec % 1000000) * 1000 };

	return nanosleep(&ts, NULL);
}
