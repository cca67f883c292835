/*
 * main() ends its thread while a worker still sleeps: the guest must halt
 * with status 0 when that last thread is done. (uksched's API cases are
 * the sched suite, lib/uksched/tests/.)
 */
#include <stdio.h>
#include <uk/sched.h>

static void *last_worker(void *arg __unused)
{
	uk_sched_sleep_ns(20000000);
	printf("last thread done\n");
	return NULL;
}

int main(void)
{
	uk_thread_create("last", last_worker, NULL, 0);
	printf("main thread exits\n");
	uk_thread_exit(NULL);
}
