/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Undefined behaviour in an application: a signed overflow twice at one
 * place, then a shift too far, then the reports' counter as ukstore has
 * it. Built with UBSan for the application (tests/test_ubsan.py).
 */
#include <stdio.h>
#include <uk/store.h>

static volatile int big = 2147483647, one = 1, forty = 40;

static __attribute__((noinline)) int add_one(int x)
{
	return x + one;
}

int main(void)
{
	char text[32] = "?";
	const struct uk_store_entry *e;
	int i;

	printf("ubsan app: overflowing\n");
	for (i = 0; i < 2; i++)
		printf("sum %d\n", add_one(big));
	printf("shift %d\n", one << forty);
	e = uk_store_get_entry("ubsan/add_overflow");
	if (e) {
		uk_store_get_text(e, text, sizeof(text));
		uk_store_put_entry(e);
	}
	printf("ubsan/add_overflow = %s\n", text);
	return 0;
}
