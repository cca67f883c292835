/*
 * make bench: 1,000 threads for the GDB stub's `info threads` row
 * (support/scripts/bench). Each blocks on a semaphore; the debugger stops
 * in bench_stop() and lists them; then main() lets them go and joins them.
 */
#include <stdio.h>
#include <uk/sched.h>

#define THREADS 1000

static struct uk_semaphore go = UK_SEMAPHORE_INITIALIZER(0);
static struct uk_thread *threads[THREADS];

static void *waiter(void *arg __unused)
{
	uk_semaphore_down_until(&go, 0);
	return NULL;
}

__attribute__((noinline)) void bench_stop(void)
{
	__asm__ __volatile__("" ::: "memory");
}

int main(void)
{
	char name[UK_THREAD_NAME_MAX];
	int joined = 0;

	for (int i = 0; i < THREADS; i++) {
		snprintf(name, sizeof(name), "waiter%d", i);
		threads[i] = uk_thread_create(name, waiter, NULL, 8192);
		if (!threads[i]) {
			printf("bench gdbthreads: cannot create thread %d\n",
			       i);
			return 1;
		}
	}
	uk_sched_yield(); /* every one of them blocks */
	bench_stop();
	for (int i = 0; i < THREADS; i++)
		uk_semaphore_up(&go);
	for (int i = 0; i < THREADS; i++)
		joined += uk_thread_join(threads[i], NULL) == 0;
	printf("bench gdbthreads joined=%d\n", joined);
	return joined == THREADS ? 0 : 1;
}
