/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Thread-specific data. A key's sequence number is odd while the key is
 * in use and changes on create and delete; a thread's value counts only
 * while it was stored under the key's current number, so a key created
 * again in a freed slot starts out NULL in every thread without visiting
 * them.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#include "posix.h"

static struct {
	unsigned int seq;
	void (*destructor)(void *);
} keys[PTHREAD_KEYS_MAX];

struct tsd {
	struct {
		unsigned int seq;
		void *value;
	} slot[PTHREAD_KEYS_MAX];
};

static bool key_in_use(pthread_key_t key)
{
	return key < PTHREAD_KEYS_MAX && (keys[key].seq & 1);
}

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *))
{
	int ret = EAGAIN;

	posix_lock();
	for (pthread_key_t k = 0; k < PTHREAD_KEYS_MAX; k++) {
		if (keys[k].seq & 1)
			continue;
		keys[k].destructor = destructor;
		keys[k].seq++;
		*key = k;
		ret = 0;
		break;
	}
	posix_unlock();
	return ret;
}

int pthread_key_delete(pthread_key_t key)
{
	int ret = EINVAL;

	posix_lock();
	if (key_in_use(key)) {
		keys[key].seq++;
		ret = 0;
	}
	posix_unlock();
	return ret;
}

void *pthread_getspecific(pthread_key_t key)
{
	struct tsd *tsd = *posix_tsd_slot();

	if (!tsd || !key_in_use(key) || tsd->slot[key].seq != keys[key].seq)
		return NULL;
	return tsd->slot[key].value;
}

int pthread_setspecific(pthread_key_t key, const void *value)
{
	void **slot = posix_tsd_slot();
	struct tsd *tsd = *slot;

	if (!key_in_use(key))
		return EINVAL;
	if (!tsd) {
		tsd = calloc(1, sizeof(*tsd));
		if (!tsd)
			return ENOMEM;
		*slot = tsd;
	}
	tsd->slot[key].seq = keys[key].seq;
	tsd->slot[key].value = (void *)value;
	return 0;
}

void posix_tsd_exit(void)
{
	void **slot = posix_tsd_slot();
	struct tsd *tsd = *slot;
	bool called = true;

	if (!tsd)
		return;
	for (int round = 0; called && round < PTHREAD_DESTRUCTOR_ITERATIONS;
	     round++) {
		called = false;
		for (pthread_key_t k = 0; k < PTHREAD_KEYS_MAX; k++) {
			void *value = tsd->slot[k].value;

			if (!value || !key_in_use(k) ||
			    tsd->slot[k].seq != keys[k].seq ||
			    !keys[k].destructor)
				continue;
			tsd->slot[k].value = NULL;
			keys[k].destructor(value);
			called = true;
		}
	}
	free(tsd);
	*slot = NULL;
}
