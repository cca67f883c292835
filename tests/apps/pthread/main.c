/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * POSIX threads conformance: plain POSIX and printf, nothing of Lantern.
 * One line per check ("ok <name>: ..." or "FAIL <name>: ..."), then a
 * summary; the exit status is 0 when every check passed. When
 * pthread_create() says EAGAIN (a build without uksched), the checks that
 * need a second thread are left out and the line "threads: none" says so.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* How much longer than asked a sleep may take under TCG. */
#define SLEEP_SLACK_NS (50 * 1000000LL)
#define MS	       1000000LL

static int checks, failures;

#define CHECK(name, cond, ...)                                                 \
	do {                                                                   \
		int ok_ = (cond);                                              \
		checks++;                                                      \
		failures += !ok_;                                              \
		printf("%s %s: ", ok_ ? "ok" : "FAIL", name);                  \
		printf(__VA_ARGS__);                                           \
		printf("\n");                                                  \
	} while (0)

static long long now_ns(clockid_t clk)
{
	struct timespec ts;

	clock_gettime(clk, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* @clk's time @ms milliseconds from now, for the timed waits. */
static struct timespec in_ms(clockid_t clk, long long ms)
{
	long long t = now_ns(clk) + ms * MS;
	struct timespec ts = { (time_t)(t / 1000000000LL),
			       (long)(t % 1000000000LL) };

	return ts;
}

/* Create and join 100 threads, each returning its own value. */
static void *return_value(void *arg)
{
	return (void *)((uintptr_t)arg * 3 + 1);
}

static void check_create_join(void)
{
	pthread_t t[100];
	int created = 0, right = 0;

	for (int i = 0; i < 100; i++)
		created += !pthread_create(&t[i], NULL, return_value,
					   (void *)(uintptr_t)i);
	for (int i = 0; i < created; i++) {
		void *ret;

		if (!pthread_join(t[i], &ret) &&
		    ret == (void *)((uintptr_t)i * 3 + 1))
			right++;
	}
	CHECK("create_join", created == 100 && right == 100,
	      "%d created, %d joined with the right value", created, right);
}

/* A counter that 8 threads increment, yielding inside the lock. */
static pthread_mutex_t counter_lock = PTHREAD_MUTEX_INITIALIZER;
static long counter, contended;

#define COUNTER_THREADS 8
#define COUNTER_ROUNDS	200

static void *count(void *arg __attribute__((unused)))
{
	for (int i = 0; i < COUNTER_ROUNDS; i++) {
		long v;

		if (pthread_mutex_trylock(&counter_lock) == EBUSY) {
			pthread_mutex_lock(&counter_lock);
			contended++;
		}
		v = counter;
		sched_yield();
		counter = v + 1;
		pthread_mutex_unlock(&counter_lock);
	}
	return NULL;
}

static void check_mutex_counter(void)
{
	pthread_t t[COUNTER_THREADS];

	for (int i = 0; i < COUNTER_THREADS; i++)
		pthread_create(&t[i], NULL, count, NULL);
	for (int i = 0; i < COUNTER_THREADS; i++)
		pthread_join(t[i], NULL);
	CHECK("mutex_counter",
	      counter == COUNTER_THREADS * COUNTER_ROUNDS && contended > 0,
	      "counter %ld (expected %d), %ld contended locks", counter,
	      COUNTER_THREADS * COUNTER_ROUNDS, contended);
}

/* Recursive mutexes: static and from attributes. */
static pthread_mutex_t rec_static = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;

static void *try_rec(void *arg)
{
	return (void *)(intptr_t)pthread_mutex_trylock(arg);
}

static void check_recursive(int threaded)
{
	pthread_mutexattr_t a;
	pthread_mutex_t m;
	int type = -1, locks = 0, unlocks = 0, other = EBUSY, extra;
	void *ret;
	pthread_t t;

	pthread_mutexattr_init(&a);
	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
	pthread_mutexattr_gettype(&a, &type);
	pthread_mutex_init(&m, &a);
	pthread_mutexattr_destroy(&a);
	for (int i = 0; i < 3; i++) {
		locks += !pthread_mutex_lock(&m);
		locks += !pthread_mutex_lock(&rec_static);
	}
	if (threaded && !pthread_create(&t, NULL, try_rec, &m) &&
	    !pthread_join(t, &ret))
		other = (int)(intptr_t)ret;
	for (int i = 0; i < 3; i++) {
		unlocks += !pthread_mutex_unlock(&m);
		unlocks += !pthread_mutex_unlock(&rec_static);
	}
	extra = pthread_mutex_unlock(&m);
	CHECK("recursive",
	      type == PTHREAD_MUTEX_RECURSIVE && locks == 6 && unlocks == 6 &&
		  other == EBUSY && extra == EPERM &&
		  !pthread_mutex_destroy(&m),
	      "6 locks, 6 unlocks, another thread's trylock %s, "
	      "unlock once more %s",
	      !threaded	       ? "not tried"
	      : other == EBUSY ? "EBUSY"
			       : "wrong",
	      extra == EPERM ? "EPERM" : "wrong");
}

/* Error-checking mutexes report a relock and a stray unlock. */
static void check_errorcheck(void)
{
	pthread_mutexattr_t a;
	pthread_mutex_t m;
	int relock, trylock, unlock, again;

	pthread_mutexattr_init(&a);
	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
	pthread_mutex_init(&m, &a);
	pthread_mutex_lock(&m);
	relock = pthread_mutex_lock(&m);
	trylock = pthread_mutex_trylock(&m);
	unlock = pthread_mutex_unlock(&m);
	again = pthread_mutex_unlock(&m);
	CHECK("errorcheck",
	      relock == EDEADLK && trylock == EBUSY && unlock == 0 &&
		  again == EPERM,
	      "relock %s, trylock %s, second unlock %s",
	      relock == EDEADLK ? "EDEADLK" : "wrong",
	      trylock == EBUSY ? "EBUSY" : "wrong",
	      again == EPERM ? "EPERM" : "wrong");
}

/* A timed lock of a mutex another thread holds times out. */
static pthread_mutex_t held = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t hold_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t hold_cond = PTHREAD_COND_INITIALIZER;
static int hold_state; /* 1: held, 2: let go */

static void *hold(void *arg __attribute__((unused)))
{
	pthread_mutex_lock(&held);
	pthread_mutex_lock(&hold_lock);
	hold_state = 1;
	pthread_cond_broadcast(&hold_cond);
	while (hold_state != 2)
		pthread_cond_wait(&hold_cond, &hold_lock);
	pthread_mutex_unlock(&hold_lock);
	pthread_mutex_unlock(&held);
	return NULL;
}

static void check_timedlock(void)
{
	struct timespec abs;
	long long t0, elapsed;
	int late, free_lock;
	pthread_t t;

	pthread_create(&t, NULL, hold, NULL);
	pthread_mutex_lock(&hold_lock);
	while (hold_state != 1)
		pthread_cond_wait(&hold_cond, &hold_lock);
	pthread_mutex_unlock(&hold_lock);
	t0 = now_ns(CLOCK_MONOTONIC);
	abs = in_ms(CLOCK_REALTIME, 30);
	late = pthread_mutex_timedlock(&held, &abs);
	elapsed = now_ns(CLOCK_MONOTONIC) - t0;
	pthread_mutex_lock(&hold_lock);
	hold_state = 2;
	pthread_cond_broadcast(&hold_cond);
	pthread_mutex_unlock(&hold_lock);
	pthread_join(t, NULL);
	abs = in_ms(CLOCK_REALTIME, -1000);
	free_lock = pthread_mutex_timedlock(&held, &abs);
	pthread_mutex_unlock(&held);
	CHECK("timedlock",
	      late == ETIMEDOUT && elapsed >= 30 * MS && free_lock == 0,
	      "held: %s after %lld ms (asked 30), free with a past time: %d",
	      late == ETIMEDOUT ? "ETIMEDOUT" : "wrong", elapsed / MS,
	      free_lock);
}

/* Two threads hand a turn to each other through a condition variable. */
#define ROUNDS 100

static pthread_mutex_t pp_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t pp_cond = PTHREAD_COND_INITIALIZER;
static int pp_turn, pp_moves[2], pp_wrong;

static void *ping_pong(void *arg)
{
	int me = (int)(intptr_t)arg;

	pthread_mutex_lock(&pp_lock);
	for (int i = 0; i < ROUNDS; i++) {
		while (pp_turn != me)
			pthread_cond_wait(&pp_cond, &pp_lock);
		/* Thread 0 moves first: before a move, 1 is level or 1 behind. */
		pp_wrong += pp_moves[!me] != pp_moves[me] + me;
		pp_moves[me]++;
		pp_turn = !me;
		pthread_cond_signal(&pp_cond);
	}
	pthread_mutex_unlock(&pp_lock);
	return NULL;
}

static void check_condvar(void)
{
	pthread_t t[2];

	for (int i = 0; i < 2; i++)
		pthread_create(&t[i], NULL, ping_pong, (void *)(intptr_t)i);
	for (int i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	CHECK("condvar_pingpong",
	      pp_moves[0] == ROUNDS && pp_moves[1] == ROUNDS && !pp_wrong,
	      "%d + %d moves, %d out of turn", pp_moves[0], pp_moves[1],
	      pp_wrong);
}

/* Timed waits: one times out (on either clock), one is signalled. */
static void check_timedwait_timeout(void)
{
	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	pthread_cond_t real = PTHREAD_COND_INITIALIZER, mono;
	pthread_condattr_t a;
	long long t0, e_real, e_mono;
	struct timespec abs;
	clockid_t clk = -1;
	int r_real, r_mono;

	pthread_condattr_init(&a);
	pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
	pthread_condattr_getclock(&a, &clk);
	pthread_cond_init(&mono, &a);
	pthread_mutex_lock(&m);
	t0 = now_ns(CLOCK_MONOTONIC);
	abs = in_ms(CLOCK_REALTIME, 40);
	r_real = pthread_cond_timedwait(&real, &m, &abs);
	e_real = now_ns(CLOCK_MONOTONIC) - t0;
	t0 = now_ns(CLOCK_MONOTONIC);
	abs = in_ms(CLOCK_MONOTONIC, 40);
	r_mono = pthread_cond_timedwait(&mono, &m, &abs);
	e_mono = now_ns(CLOCK_MONOTONIC) - t0;
	pthread_mutex_unlock(&m);
	CHECK("timedwait_timeout",
	      clk == CLOCK_MONOTONIC && r_real == ETIMEDOUT &&
		  r_mono == ETIMEDOUT && e_real >= 40 * MS && e_mono >= 40 * MS,
	      "realtime %s after %lld ms, monotonic %s after %lld ms "
	      "(asked 40)",
	      r_real == ETIMEDOUT ? "ETIMEDOUT" : "wrong", e_real / MS,
	      r_mono == ETIMEDOUT ? "ETIMEDOUT" : "wrong", e_mono / MS);
}

static pthread_mutex_t sig_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t sig_cond = PTHREAD_COND_INITIALIZER;
static int sig_flag;

static void *signal_later(void *arg __attribute__((unused)))
{
	usleep(10000);
	pthread_mutex_lock(&sig_lock);
	sig_flag = 1;
	pthread_cond_signal(&sig_cond);
	pthread_mutex_unlock(&sig_lock);
	return NULL;
}

static void check_timedwait_signalled(void)
{
	struct timespec abs = in_ms(CLOCK_REALTIME, 5000);
	long long t0 = now_ns(CLOCK_MONOTONIC), elapsed;
	int ret = 0;
	pthread_t t;

	pthread_create(&t, NULL, signal_later, NULL);
	pthread_mutex_lock(&sig_lock);
	while (!sig_flag && !ret)
		ret = pthread_cond_timedwait(&sig_cond, &sig_lock, &abs);
	pthread_mutex_unlock(&sig_lock);
	elapsed = now_ns(CLOCK_MONOTONIC) - t0;
	pthread_join(t, NULL);
	CHECK("timedwait_signalled",
	      ret == 0 && sig_flag && elapsed < 5000 * MS,
	      "woken with %d after %lld ms (timeout 5000)", ret, elapsed / MS);
}

/* Without a second thread a wait returns at once, a timed one sleeps. */
static void check_cond_single(void)
{
	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	pthread_cond_t c = PTHREAD_COND_INITIALIZER;
	int wait, unowned;

	pthread_mutex_lock(&m);
	wait = pthread_cond_wait(&c, &m);
	pthread_mutex_unlock(&m);
	unowned = pthread_cond_wait(&c, &m);
	CHECK("cond_single", wait == 0 && unowned == EPERM,
	      "wait returns %d, without the mutex %s", wait,
	      unowned == EPERM ? "EPERM" : "wrong");
}

/* Sleeps last at least as asked, and not much longer. */
static void check_sleep(void)
{
	struct timespec req = { 0, 30 * MS }, rem = { 5, 5 };
	long long t0, e_sleep, e_usleep, e_nano;
	int r_nano, bad;

	t0 = now_ns(CLOCK_MONOTONIC);
	sleep(1);
	e_sleep = now_ns(CLOCK_MONOTONIC) - t0;
	t0 = now_ns(CLOCK_MONOTONIC);
	usleep(20000);
	e_usleep = now_ns(CLOCK_MONOTONIC) - t0;
	t0 = now_ns(CLOCK_MONOTONIC);
	r_nano = nanosleep(&req, &rem);
	e_nano = now_ns(CLOCK_MONOTONIC) - t0;
	req.tv_nsec = 1000000000;
	bad = nanosleep(&req, NULL) == -1 && errno == EINVAL;
	CHECK("sleep",
	      e_sleep >= 1000 * MS && e_sleep <= 1000 * MS + SLEEP_SLACK_NS &&
		  e_usleep >= 20 * MS && e_usleep <= 20 * MS + SLEEP_SLACK_NS &&
		  r_nano == 0 && e_nano >= 30 * MS &&
		  e_nano <= 30 * MS + SLEEP_SLACK_NS && rem.tv_sec == 0 &&
		  rem.tv_nsec == 0 && bad,
	      "sleep(1) %lld us, usleep(20000) %lld us, nanosleep(30 ms) "
	      "%lld us, bad tv_nsec %s",
	      e_sleep / 1000, e_usleep / 1000, e_nano / 1000,
	      bad ? "EINVAL" : "wrong");
}

/* Each thread has its own errno. */
static void *errno_worker(void *arg)
{
	int mine = (int)(intptr_t)arg, kept = 1;

	for (int i = 0; i < 20; i++) {
		errno = mine;
		sched_yield();
		kept &= errno == mine;
	}
	strtol("99999999999999999999999", NULL, 10);
	return (void *)(intptr_t)(kept && errno == ERANGE);
}

static void check_errno(int threaded)
{
	int kept = 0, n = threaded ? 4 : 0;
	pthread_t t[4];
	void *ret;

	errno = EINVAL;
	for (int i = 0; i < n; i++)
		pthread_create(&t[i], NULL, errno_worker,
			       (void *)(intptr_t)(100 + i));
	for (int i = 0; i < n; i++)
		if (!pthread_join(t[i], &ret))
			kept += (int)(intptr_t)ret;
	CHECK("errno", kept == n && errno == EINVAL,
	      "%d of %d threads kept their own, main's still EINVAL: %s", kept,
	      n, errno == EINVAL ? "yes" : "no");
}

/* pthread_once runs its routine once, whoever races for it. */
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_runs, once_done;

static void once_init(void)
{
	once_runs++;
	sched_yield();
	usleep(1000);
	once_done = 1;
}

static void *once_racer(void *arg __attribute__((unused)))
{
	pthread_once(&once, once_init);
	return (void *)(intptr_t)once_done;
}

static void check_once(int threaded)
{
	int saw_done = 0, n = threaded ? 8 : 0;
	pthread_t t[8];
	void *ret;

	for (int i = 0; i < n; i++)
		pthread_create(&t[i], NULL, once_racer, NULL);
	saw_done += (int)(intptr_t)once_racer(NULL);
	for (int i = 0; i < n; i++)
		if (!pthread_join(t[i], &ret))
			saw_done += (int)(intptr_t)ret;
	pthread_once(&once, once_init);
	CHECK("once", once_runs == 1 && saw_done == n + 1,
	      "ran %d time(s) for %d callers, %d saw it done", once_runs, n + 2,
	      saw_done);
}

/* Keys: values per thread, destructors at exit, re-set for more rounds. */
static pthread_key_t key, key_again;
static int destroyed, rounds_left[4], again_calls;

static void destroy(void *v)
{
	destroyed += *(int *)v;
	free(v);
}

static void destroy_again(void *v)
{
	int *left = v;

	again_calls++;
	if (--*left > 0)
		pthread_setspecific(key_again, left);
}

static void *key_worker(void *arg)
{
	int i = (int)(intptr_t)arg, *v = malloc(sizeof(*v));

	*v = 1 << i;
	pthread_setspecific(key, v);
	rounds_left[i] = 100;
	pthread_setspecific(key_again, &rounds_left[i]);
	sched_yield();
	return (void *)(intptr_t)(pthread_getspecific(key) == v);
}

static void check_keys(int threaded)
{
	int n = threaded ? 4 : 0, own = 0, mine = 7, stale;
	pthread_key_t gone;
	pthread_t t[4];
	void *ret;

	pthread_key_create(&key, destroy);
	pthread_key_create(&key_again, destroy_again);
	for (int i = 0; i < n; i++)
		pthread_create(&t[i], NULL, key_worker, (void *)(intptr_t)i);
	pthread_setspecific(key, &mine);
	for (int i = 0; i < n; i++)
		if (!pthread_join(t[i], &ret))
			own += (int)(intptr_t)ret;
	own += pthread_getspecific(key) == &mine;
	pthread_setspecific(key, NULL);
	pthread_key_create(&gone, NULL);
	pthread_setspecific(gone, &mine);
	pthread_key_delete(gone);
	pthread_key_create(&gone, NULL);
	stale = pthread_getspecific(gone) != NULL;
	CHECK("keys",
	      own == n + 1 && destroyed == (1 << n) - 1 &&
		  again_calls == n * PTHREAD_DESTRUCTOR_ITERATIONS && !stale,
	      "%d threads saw their own value, destructors got %#x, "
	      "re-set values destroyed in %d calls (%d rounds each), "
	      "recreated key %s",
	      own, destroyed, again_calls, PTHREAD_DESTRUCTOR_ITERATIONS,
	      stale ? "kept an old value" : "starts NULL");
}

/* Thread names. */
static pthread_mutex_t name_lock = PTHREAD_MUTEX_INITIALIZER;

static void *named(void *arg __attribute__((unused)))
{
	pthread_mutex_lock(&name_lock);
	pthread_mutex_unlock(&name_lock);
	return NULL;
}

static void check_names(int threaded)
{
	char buf[32], small[4], other[32] = "";
	int r_set, r_long, r_small;
	pthread_t t;

	r_set = pthread_setname_np(pthread_self(), "conformance");
	pthread_getname_np(pthread_self(), buf, sizeof(buf));
	r_long = pthread_setname_np(pthread_self(),
				    "a name far longer than thirty-one");
	r_small = pthread_getname_np(pthread_self(), small, sizeof(small));
	if (threaded) {
		pthread_mutex_lock(&name_lock);
		pthread_create(&t, NULL, named, NULL);
		pthread_setname_np(t, "worker-7");
		memset(other, 0, sizeof(other));
		pthread_getname_np(t, other, sizeof(other));
		pthread_mutex_unlock(&name_lock);
		pthread_join(t, NULL);
	}
	CHECK("names",
	      r_set == 0 && !strcmp(buf, "conformance") && r_long == ERANGE &&
		  r_small == ERANGE &&
		  (!threaded || !strcmp(other, "worker-7")),
	      "self \"%s\", other thread \"%s\", too long %s, "
	      "small buffer %s",
	      buf, threaded ? other : "(none)",
	      r_long == ERANGE ? "ERANGE" : "wrong",
	      r_small == ERANGE ? "ERANGE" : "wrong");
}

/* Detached threads run and cannot be joined. */
static pthread_mutex_t det_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t det_cond = PTHREAD_COND_INITIALIZER;
static int det_ran, det_go;

static void *detached(void *arg __attribute__((unused)))
{
	pthread_mutex_lock(&det_lock);
	while (!det_go)
		pthread_cond_wait(&det_cond, &det_lock);
	det_ran++;
	pthread_cond_broadcast(&det_cond);
	pthread_mutex_unlock(&det_lock);
	return NULL;
}

static void check_detach(void)
{
	pthread_attr_t a;
	pthread_t t1, t2;
	int state = -1, r_attr, r_call, join1, join2;

	pthread_attr_init(&a);
	pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
	pthread_attr_getdetachstate(&a, &state);
	r_attr = pthread_create(&t1, &a, detached, NULL);
	pthread_attr_destroy(&a);
	pthread_create(&t2, NULL, detached, NULL);
	r_call = pthread_detach(t2);
	/* Both wait for det_go, so joining them now is still defined. */
	join1 = pthread_join(t1, NULL);
	join2 = pthread_join(t2, NULL);
	pthread_mutex_lock(&det_lock);
	det_go = 1;
	pthread_cond_broadcast(&det_cond);
	while (det_ran < 2)
		pthread_cond_wait(&det_cond, &det_lock);
	pthread_mutex_unlock(&det_lock);
	CHECK("detach",
	      state == PTHREAD_CREATE_DETACHED && r_attr == 0 && r_call == 0 &&
		  join1 == EINVAL && join2 == EINVAL && det_ran == 2,
	      "2 detached threads ran, joining them gave %s",
	      join1 == EINVAL && join2 == EINVAL ? "EINVAL" : "wrong");
}

/* pthread_self, pthread_equal, pthread_exit and a bigger stack. */
static void *who(void *arg)
{
	volatile char big[100 * 1024];

	big[0] = 1;
	big[sizeof(big) - 1] = 2;
	*(pthread_t *)arg = pthread_self();
	pthread_exit((void *)(intptr_t)(big[0] + big[sizeof(big) - 1]));
}

static void check_self(int threaded)
{
	pthread_t t = pthread_self(), seen = pthread_self();
	size_t size = 0;
	pthread_attr_t a;
	void *ret = NULL;
	int r_create, r_join = -1, self_join;

	pthread_attr_init(&a);
	pthread_attr_setstacksize(&a, 256 * 1024);
	pthread_attr_getstacksize(&a, &size);
	r_create = pthread_create(&t, &a, who, &seen);
	pthread_attr_destroy(&a);
	if (!r_create)
		r_join = pthread_join(t, &ret);
	self_join = pthread_join(pthread_self(), NULL);
	if (threaded)
		CHECK("self",
		      r_create == 0 && r_join == 0 && pthread_equal(t, seen) &&
			  !pthread_equal(t, pthread_self()) &&
			  ret == (void *)3 && size == 256 * 1024 &&
			  self_join == EDEADLK,
		      "256 KiB stack, the thread saw itself as created, "
		      "pthread_exit value %ld, joining self %s",
		      (long)(intptr_t)ret,
		      self_join == EDEADLK ? "EDEADLK" : "wrong");
	else
		CHECK("self",
		      r_create == EAGAIN &&
			  pthread_equal(pthread_self(), pthread_self()) &&
			  self_join == EDEADLK,
		      "pthread_create %s, joining self %s",
		      r_create == EAGAIN ? "EAGAIN" : "wrong",
		      self_join == EDEADLK ? "EDEADLK" : "wrong");
}

/* The clocks: monotonic goes forward, realtime agrees with time(). */
static void check_clocks(void)
{
	long long m0 = now_ns(CLOCK_MONOTONIC), m1, real;
	struct timespec ts;
	time_t t;
	int bad;

	real = now_ns(CLOCK_REALTIME);
	t = time(NULL);
	m1 = now_ns(CLOCK_MONOTONIC);
	bad = clock_gettime(42, &ts) == -1 && errno == EINVAL;
	CHECK("clocks",
	      m1 > m0 && t - real / 1000000000LL <= 1 &&
		  t >= real / 1000000000LL && bad,
	      "monotonic %lld ns apart, realtime %lld s, time() %ld s, "
	      "clock 42 %s",
	      m1 - m0, real / 1000000000LL, (long)t, bad ? "EINVAL" : "wrong");
}

static void *nothing(void *arg)
{
	return arg;
}

int main(void)
{
	pthread_t t;
	int threaded = pthread_create(&t, NULL, nothing, NULL) != EAGAIN;

	if (threaded)
		pthread_join(t, NULL);
	printf("threads: %s\n", threaded ? "yes" : "none");
	check_self(threaded);
	check_clocks();
	if (threaded) {
		check_create_join();
		check_mutex_counter();
	}
	check_recursive(threaded);
	check_errorcheck();
	if (threaded) {
		check_timedlock();
		check_condvar();
		check_timedwait_signalled();
		check_detach();
	} else {
		check_cond_single();
	}
	check_timedwait_timeout();
	check_sleep();
	check_errno(threaded);
	check_once(threaded);
	check_keys(threaded);
	check_names(threaded);
	printf("pthread: %d checks, %d failed\n", checks, failures);
	return failures ? 1 : 0;
}
