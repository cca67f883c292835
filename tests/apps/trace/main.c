/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Tracepoints test app (tests/test_trace.py): its own tracepoints, fired a
 * known number of times with known arguments before the shell starts, and
 * shell commands that fire more of them (`fire`) and make threads switch
 * while the timer interrupts (`pingpong`).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/sched.h>
#include <uk/shell.h>
#include <uk/trace.h>

UK_TRACEPOINT(app_none, "tick");
UK_TRACEPOINT(app_ints, "i=%d u=%u ll=%lld", int, unsigned int, long long);
UK_TRACEPOINT(app_str, "s=%s n=%zu", const char *, size_t);
UK_TRACEPOINT(app_ptr, "p=%p", void *);
UK_TRACEPOINT(app_seven, "a=%u b=%hd c=%#x d=%lld e=%.3s f=%p g=%c", uint8_t,
	      short, uint32_t, long long, const char *, void *, char);

static const char *const strings[] = {
	"hello",
	"a string longer than thirty-two bytes is cut",
	NULL,
};

static void fire_known(void)
{
	for (int i = 0; i < 3; i++)
		app_none();
	for (int i = 0; i < 5; i++)
		app_ints(-i, 1000u * (unsigned int)i, -1000000000000LL * i);
	for (size_t i = 0; i < 3; i++)
		app_str(strings[i], strings[i] ? strlen(strings[i]) : 0);
	app_ptr((void *)0x1234);
	app_ptr(NULL);
	app_seven(255, -2, 0xbeef, -3, "seven", (void *)0xabc, 'z');
}

/* `fire <count> [ints|ptr|str]`: one tracepoint, @count times. */
static int cmd_fire(int argc, char *argv[])
{
	unsigned long n;

	if (argc < 2 || argc > 3)
		return uk_shell_usage_error("fire", "count, then a kind");
	n = strtoul(argv[1], NULL, 0);
	for (unsigned long i = 0; i < n; i++) {
		if (argc == 2 || strcmp(argv[2], "ints") == 0)
			app_ints((int)i, (unsigned int)i, (long long)i);
		else if (strcmp(argv[2], "ptr") == 0)
			app_ptr((void *)(uintptr_t)i);
		else
			app_str(i % 2 ? "odd" : "even number", i);
	}
	return 0;
}
UK_SHELL_CMD(fire, cmd_fire, "<count> [ints|ptr|str]",
	     "fire a tracepoint of this app <count> times");

static void *pingpong(void *arg __unused)
{
	for (int i = 0; i < 3; i++)
		uk_sched_sleep_ns(2000000);
	return NULL;
}

/* `pingpong`: two threads sleep on the timer, three times each. */
static int cmd_pingpong(int argc __unused, char *argv[] __unused)
{
	struct uk_thread *a = uk_thread_create("ping", pingpong, NULL, 0);
	struct uk_thread *b = uk_thread_create("pong", pingpong, NULL, 0);

	if (!a || !b)
		return 1;
	uk_thread_join(a, NULL);
	uk_thread_join(b, NULL);
	return 0;
}
UK_SHELL_CMD(pingpong, cmd_pingpong, "", "two threads that sleep on the timer");

int main(void)
{
	fire_known();
	printf("trace app ready\n");
	return uk_shell_run();
}
