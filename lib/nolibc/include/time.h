/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * nolibc <time.h>: the platform's clocks and sleeping. CLOCK_MONOTONIC
 * counts from boot; CLOCK_REALTIME is the real-time clock (read once)
 * plus the monotonic time since (1970 + uptime on a machine without one).
 * Nothing sends signals, so a sleep is never interrupted (no EINTR).
 */
#ifndef NOLIBC_TIME_H
#define NOLIBC_TIME_H

#include <sys/types.h>

#define CLOCK_REALTIME	0
#define CLOCK_MONOTONIC 1

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

/*
 * Store the time of @clk in *@ts. Return 0, or -1 with errno EINVAL for
 * another clock.
 */
int clock_gettime(clockid_t clk, struct timespec *ts);

/*
 * Sleep for *@req at least. Return 0 (and zero *@rem when it is not
 * NULL), or -1 with errno EINVAL when tv_nsec is outside 0..999999999 or
 * the time is negative.
 */
int nanosleep(const struct timespec *req, struct timespec *rem);

/* Seconds since 1970-01-01 00:00 UTC, also stored in *@t when not NULL. */
time_t time(time_t *t);

#endif /* NOLIBC_TIME_H */
