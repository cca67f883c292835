/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Shell command `crash <kind>`: stop the guest on purpose in each way the
 * crash screen knows, to see it and to test it. The architecture adds its
 * own kinds (arch/<arch>/crash_kinds.c).
 */
#include <uk/shell.h>
#include <uk/assert.h>
#include <stdio.h>
#include <string.h>
#include "crash_arch.h"

extern volatile int uk_crash_test_nested;

static void crash_null(void)
{
	printf("read %d\n", *(volatile int *)0);
}

static void crash_write_ro(void)
{
	*(volatile unsigned char *)(unsigned long)crash_write_ro = 0;
}

static void crash_assert(void)
{
	volatile int n = 0;

	UK_ASSERT(n > 0);
	printf("assertions are compiled out (CONFIG_LIBUKDEBUG_ASSERT)\n");
}

static void crash_panic(void)
{
	UK_CRASH("crash panic: UK_CRASH called from the shell");
}

/*
 * The addition after the call keeps it from becoming a loop; the volatile
 * bound, never reached, keeps the compiler from calling it infinite.
 */
static volatile int recurse_limit = -1;

static __noinline int recurse(int depth)
{
	volatile char frame[256];

	if (depth == recurse_limit)
		return 0;
	frame[0] = (char)depth;
	return recurse(depth + 1) + frame[0];
}

static void crash_stack(void)
{
	printf("%d\n", recurse(0));
}

static void crash_nested(void)
{
	uk_crash_test_nested = 1;
	crash_null();
}

static const struct crash_kind generic_kinds[] = {
	{ "null", "read address 0", crash_null },
	{ "write-ro", "write to read-only kernel text", crash_write_ro },
	{ "assert", "fail UK_ASSERT", crash_assert },
	{ "panic", "call UK_CRASH", crash_panic },
	{ "stack", "overflow the stack by recursion", crash_stack },
	{ "nested", "fault inside the crash screen itself", crash_nested },
	{ NULL, NULL, NULL },
};

static const struct crash_kind *const tables[] = { generic_kinds,
						   crash_arch_kinds };

static const struct crash_kind *find_kind(const char *name)
{
	for (unsigned int t = 0; t < ARRAY_SIZE(tables); t++)
		for (const struct crash_kind *k = tables[t]; k->name; k++)
			if (!strcmp(k->name, name))
				return k;
	return NULL;
}

static int cmd_crash(int argc, char *argv[])
{
	const struct crash_kind *k;

	if (argc != 2) {
		printf("error: crash needs one kind (try 'crash list')\n");
		return 1;
	}
	if (!strcmp(argv[1], "list")) {
		for (unsigned int t = 0; t < ARRAY_SIZE(tables); t++)
			for (k = tables[t]; k->name; k++)
				printf("%-13s %s\n", k->name, k->help);
		return 0;
	}
	k = find_kind(argv[1]);
	if (!k) {
		printf("error: unknown crash kind '%s' (try 'crash list')\n",
		       argv[1]);
		return 1;
	}
	k->provoke();
	return 0;
}

UK_SHELL_CMD(crash, cmd_crash, "<kind>|list",
	     "crash the guest on purpose to show the crash screen");
