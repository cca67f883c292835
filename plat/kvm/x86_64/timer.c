/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The one-shot timer (<uk/plat/timer.h>) on the local APIC timer, in
 * one-shot mode on its own vector (LAPIC_TIMER_VEC), on `pc` and `microvm`
 * alike. Its rate is not known in advance (QEMU counts at 1 GHz, real
 * hardware at the bus clock), so it is measured against the TSC clock:
 * ukplat_timer_init() starts the counter, the first use reads it again,
 * and the time between (the rest of the boot, usually) is the measuring
 * window; only a first use less than CALIBRATION_NS after the start waits
 * for the rest of it. Boot pays nothing for the measure. The 32-bit counter
 * reaches about 4 s at 1 GHz: a deadline further out, or one that an
 * imprecise calibration would reach early, is re-armed for the rest when
 * the interrupt comes, and the handler runs only once ukplat_monotonic_ns()
 * has reached the deadline. TSC-deadline mode would spare the
 * calibration, but TCG's default CPU does not have it.
 *
 * The same counter serves <uk/plat/prof_timer.h>: x86_64 has no second
 * timer that both `pc` and `microvm` have and that the GDB stub's wait
 * holds back (the PIT's IRQ 0 would come through the 8259's ExtINT), so
 * each user keeps its own deadline, the counter is programmed for the
 * earlier one, and the interrupt calls every user whose deadline has come.
 */
#include <uk/plat/timer.h>
#include <uk/plat/prof_timer.h>
#include <uk/plat/time.h>
#include <uk/arch/lcpu.h>
#include "lapic.h"
#include "x86_64.h"

#define CALIBRATION_NS	  2000000ULL
#define CALIBRATION_TRIES 8
#define CPUID1_EDX_APIC	  (1U << 9)
#define COUNT_MAX	  0xffffffffULL

/* One user of the counter: its handler and its deadline. */
struct lapic_user {
	void (*fn)(void);
	uint64_t deadline;
	bool armed;
};

enum { USER_TIMER, USER_PROF, USERS };

static struct lapic_user users[USERS];
static bool started;		/* the calibration has begun */
static uint64_t ticks_mult;	/* counter ticks per ns, 32.32 fixed point */
static uint64_t cal_t0, cal_c0; /* the measure's start: clock, counter */

static bool have_lapic(void)
{
	uint32_t a = 1, b, c = 0, d;

	__asm__ __volatile__("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
	return d & CPUID1_EDX_APIC;
}

/*
 * One point of the counter against the clock: the counter read on both
 * sides of the clock, the tightest pair of a few kept, its midpoint
 * taken. A host that preempts the vCPU between two reads (a loaded
 * machine) would otherwise skew the rate by the time it was away.
 */
static void sample(uint64_t *t, uint64_t *c)
{
	uint32_t best = UINT32_MAX;

	for (int i = 0; i < CALIBRATION_TRIES; i++) {
		uint32_t a = lapic_read(LAPIC_TIMER_CUR);
		uint64_t now = ukplat_monotonic_ns();
		uint32_t b = lapic_read(LAPIC_TIMER_CUR);

		if (a - b < best) {
			best = a - b;
			*t = now;
			*c = b + (a - b) / 2;
		}
	}
}

/* Start the counter running down, masked: the measure's first point. */
static void calibration_start(void)
{
	lapic_write(LAPIC_TIMER_DIV, LAPIC_TIMER_DIV1);
	lapic_write(LAPIC_LVT_TIMER, LAPIC_LVT_MASKED | LAPIC_TIMER_VEC);
	lapic_write(LAPIC_TIMER_INIT, (uint32_t)COUNT_MAX);
	sample(&cal_t0, &cal_c0);
}

/*
 * The rate from the start to now, waiting for the window's rest if it is
 * short; a counter that ran out meanwhile (seconds at 1 GHz) measures
 * anew. Then the timer is unmasked: one-shot on its vector.
 */
static void calibrate(void)
{
	uint64_t t1 = 0, c1 = 0;

	for (;;) {
		while (ukplat_monotonic_ns() - cal_t0 < CALIBRATION_NS)
			;
		sample(&t1, &c1);
		if (c1)
			break;
		calibration_start();
	}
	lapic_write(LAPIC_TIMER_INIT, 0);
	ticks_mult = (uint64_t)(((unsigned __int128)(cal_c0 - c1) << 32) /
				(t1 - cal_t0));
	if (!ticks_mult)
		ticks_mult = 1;
	lapic_write(LAPIC_LVT_TIMER, LAPIC_TIMER_VEC);
}

/* Rounded up, so that the count never ends before the deadline. */
static uint64_t ns_to_ticks(uint64_t ns)
{
	return (uint64_t)(((unsigned __int128)ns * ticks_mult + 0xffffffffU) >>
			  32);
}

/* For the earliest armed deadline; with none, the counter stops. */
static void program(void)
{
	uint64_t now, ticks, deadline = UINT64_MAX;

	for (int i = 0; i < USERS; i++)
		if (users[i].armed && users[i].deadline < deadline)
			deadline = users[i].deadline;
	if (deadline == UINT64_MAX) {
		if (ticks_mult) /* while measuring, the counter runs masked */
			lapic_write(LAPIC_TIMER_INIT, 0);
		return;
	}
	if (!ticks_mult)
		calibrate();
	now = ukplat_monotonic_ns();
	ticks = deadline > now ? ns_to_ticks(deadline - now) : 1;

	if (ticks > COUNT_MAX)
		ticks = COUNT_MAX;
	/* A count of 0 would stop the timer instead. */
	lapic_write(LAPIC_TIMER_INIT, ticks ? (uint32_t)ticks : 1);
}

static int user_init(int u, void (*fn)(void))
{
	if (users[u].fn)
		return -1; /* taken, as arm64's interrupt line would be */
	if (!started) {
		if (!have_lapic())
			return -1;
		calibration_start();
		started = true;
	}
	users[u].fn = fn;
	return 0;
}

static void user_arm(int u, uint64_t deadline_ns)
{
	unsigned long flags = ukarch_irq_save();

	users[u].deadline = deadline_ns;
	users[u].armed = true;
	program();
	ukarch_irq_restore(flags);
}

static void user_disarm(int u)
{
	unsigned long flags = ukarch_irq_save();

	users[u].armed = false;
	program();
	ukarch_irq_restore(flags);
}

int ukplat_timer_init(void (*fn)(void))
{
	return user_init(USER_TIMER, fn);
}

void ukplat_timer_arm(uint64_t deadline_ns)
{
	user_arm(USER_TIMER, deadline_ns);
}

void ukplat_timer_disarm(void)
{
	user_disarm(USER_TIMER);
}

int ukplat_prof_timer_init(void (*fn)(void))
{
	return user_init(USER_PROF, fn);
}

void ukplat_prof_timer_arm(uint64_t deadline_ns)
{
	user_arm(USER_PROF, deadline_ns);
}

void ukplat_prof_timer_disarm(void)
{
	user_disarm(USER_PROF);
}

uint64_t ukplat_timer_resolution_ns(void)
{
	if (!started)
		return 0;
	if (!ticks_mult)
		calibrate();
	return ((1ULL << 32) + ticks_mult - 1) / ticks_mult;
}

/*
 * Each user whose deadline has come is disarmed, then called (it may arm
 * again); the counter is then programmed for what remains. An early end
 * of the count (a rounding, a deadline beyond the 32-bit count) calls
 * nobody and only re-arms.
 */
void x86_timer_irq(void)
{
	uint64_t now;

	lapic_write(LAPIC_EOI, 0);
	now = ukplat_monotonic_ns();
	for (int i = 0; i < USERS; i++) {
		if (!users[i].armed || now < users[i].deadline)
			continue;
		users[i].armed = false;
		if (users[i].fn)
			users[i].fn();
	}
	program();
}

bool ukplat_timer_deadline(uint64_t *deadline_ns)
{
	*deadline_ns = users[USER_TIMER].deadline;
	return users[USER_TIMER].armed;
}
