/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The demo's threads, POSIX threads as an application writes them, there
 * to be looked at with `ps`, `bt`, ukstore and a debugger while the shell
 * keeps the console: a producer that hands numbers in bursts to a consumer
 * over a bounded queue (a mutex and two condition variables; a burst is
 * larger than the queue, so the producer also waits for room), and a
 * sleeper that wakes once a second. They print nothing, so the console
 * stays the shell's; their progress is in the demo/ ukstore entries.
 */
#include <pthread.h>
#include <unistd.h>
#include <uk/print.h>
#include <uk/store.h>
#include "demo.h"

#define QUEUE_SLOTS 8
#define BURST	    12
#define BURST_US    100000

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static uint64_t queue[QUEUE_SLOTS];
static unsigned int head, len;

static uint64_t produced, consumed, producer_waits, consumed_sum, wakeups;

UK_STORE_ENTRY_RO(demo, produced, u64, produced, "count",
		  "items the producer thread put in the queue");
UK_STORE_ENTRY_RO(demo, consumed, u64, consumed, "count",
		  "items the consumer thread took from the queue");
UK_STORE_ENTRY_RO(demo, producer_waits, u64, producer_waits, "count",
		  "times the producer waited for room in the full queue");
UK_STORE_ENTRY_RO(demo, consumed_sum, u64, consumed_sum, "",
		  "sum of the items consumed (1 + 2 + ... when none is lost)");
UK_STORE_ENTRY_RO(demo, wakeups, u64, wakeups, "count",
		  "times the sleeper thread woke up (once a second)");

static void *producer(void *arg)
{
	(void)arg;
	for (;;) {
		pthread_mutex_lock(&lock);
		for (int i = 0; i < BURST; i++) {
			while (len == QUEUE_SLOTS) {
				producer_waits++;
				pthread_cond_wait(&not_full, &lock);
			}
			queue[(head + len++) % QUEUE_SLOTS] = ++produced;
			pthread_cond_signal(&not_empty);
		}
		pthread_mutex_unlock(&lock);
		usleep(BURST_US);
	}
	return NULL;
}

static void *consumer(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&lock);
	for (;;) {
		while (!len)
			pthread_cond_wait(&not_empty, &lock);
		consumed_sum += queue[head];
		head = (head + 1) % QUEUE_SLOTS;
		len--;
		consumed++;
		pthread_cond_signal(&not_full);
	}
	return NULL;
}

static void *sleeper(void *arg)
{
	(void)arg;
	for (;;) {
		sleep(1);
		wakeups++;
	}
	return NULL;
}

void demo_threads_start(void)
{
	static const struct {
		const char *name;
		void *(*fn)(void *);
	} threads[] = {
		{ "producer", producer },
		{ "consumer", consumer },
		{ "sleeper", sleeper },
	};
	pthread_attr_t attr;

	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	for (unsigned int i = 0; i < sizeof(threads) / sizeof(threads[0]);
	     i++) {
		pthread_t t;
		int err = pthread_create(&t, &attr, threads[i].fn, NULL);

		if (err) {
			uk_pr_err("demo: no thread %s (error %d)\n",
				  threads[i].name, err);
			continue;
		}
		pthread_setname_np(t, threads[i].name);
	}
	pthread_attr_destroy(&attr);
}
