/*
 * The platform pieces threads stand on, checked in the guest: the one-shot
 * timer (several deadlines, a replaced one, a cancelled one, one already
 * past, and with "far" one beyond what x86's 32-bit counter reaches at
 * once), the irq exit hook (exactly once after each timer interrupt, with
 * ukplat_irq_regs() already put back), with "rx" the console's receive
 * notification, guard pages (faults through
 * uknofault's probes, ukplat_mem_mapped, the neighbours untouched) and the
 * wall clock.
 * One line per check ("ok" or "FAIL"), lateness in nanoseconds, a summary,
 * and the number of failures as the exit status.
 */
#include <stdio.h>
#include <string.h>
#include <uk/alloc.h>
#include <uk/arch/lcpu.h>
#include <uk/nofault.h>
#include <uk/plat/console.h>
#include <uk/plat/irq.h>
#include <uk/plat/memory.h>
#include <uk/plat/trap.h>
#include <uk/plat/time.h>
#include <uk/plat/timer.h>

#define PAGE 4096UL

static int failed, passed;
static volatile unsigned long fires, hooks, hooks_at_fire;
static volatile uint64_t fired_at;
static volatile bool hook_saw_irq_regs;

static void check(const char *what, bool ok)
{
	printf("check %s: %s\n", what, ok ? "ok" : "FAIL");
	ok ? passed++ : failed++;
}

static void on_timer(void)
{
	fired_at = ukplat_monotonic_ns();
	hooks_at_fire = hooks;
	fires++;
}

static void on_irq_exit(struct __regs *regs)
{
	(void)regs;
	if (ukplat_irq_regs())
		hook_saw_irq_regs = true;
	hooks++;
}

/* Halt until the timer fired (or, polling, until @limit_ns). */
static bool wait_fire(unsigned long before, uint64_t limit_ns)
{
	ukarch_irq_disable();
	while (fires == before && ukplat_monotonic_ns() < limit_ns) {
		ukarch_wait_for_irq();
		ukarch_irq_disable();
	}
	ukarch_irq_enable();
	return fires != before;
}

/* Spin until @limit_ns, interrupts on: whether the timer fired meanwhile. */
static bool fired_by(unsigned long before, uint64_t limit_ns)
{
	while (ukplat_monotonic_ns() < limit_ns)
		;
	return fires != before;
}

static void one_deadline(const char *name, int64_t offset_ns)
{
	uint64_t armed = ukplat_monotonic_ns();
	uint64_t deadline = armed + offset_ns;
	unsigned long before = fires;
	char what[64];

	/* A past deadline is late from the time it was armed. */
	if (offset_ns < 0)
		deadline = armed / 2;
	ukplat_timer_arm(deadline);
	snprintf(what, sizeof(what), "timer %s fired", name);
	check(what, wait_fire(before, deadline + 5000000000ULL));
	printf("timer %s: deadline %+lld ns, late %lld ns\n", name,
	       (long long)offset_ns,
	       (long long)(fired_at - (offset_ns < 0 ? armed : deadline)));
	snprintf(what, sizeof(what), "timer %s not early", name);
	check(what, fired_at >= deadline);
	snprintf(what, sizeof(what), "timer %s exit hook once", name);
	check(what, hooks == hooks_at_fire + 1);
}

static void timer_cases(bool far)
{
	unsigned long before;
	uint64_t t;

	check("timer init", ukplat_timer_init(on_timer) == 0);
	ukplat_irq_set_exit_hook(on_irq_exit);
	printf("timer resolution %llu ns\n",
	       (unsigned long long)ukplat_timer_resolution_ns());
	one_deadline("past", -1);
	one_deadline("100us", 100000);
	one_deadline("1ms", 1000000);
	one_deadline("10ms", 10000000);
	one_deadline("30ms", 30000000);
	if (far)
		one_deadline("far", 4500000000LL);

	/* A later arm replaces the earlier deadline: one interrupt. */
	before = fires;
	t = ukplat_monotonic_ns();
	ukplat_timer_arm(t + 50000000);
	ukplat_timer_arm(t + 2000000);
	wait_fire(before, t + 1000000000);
	check("timer replaced fires at the new deadline",
	      fired_at >= t + 2000000 && fired_at < t + 50000000);
	check("timer replaced fires once", !fired_by(before + 1, t + 80000000));

	/* A cancelled deadline does not fire, even one already expired
	 * whose interrupt is pending (interrupts masked meanwhile). */
	before = fires;
	ukarch_irq_disable();
	t = ukplat_monotonic_ns();
	ukplat_timer_arm(t + 1000);
	while (ukplat_monotonic_ns() < t + 2000000)
		;
	ukplat_timer_disarm();
	ukarch_irq_enable();
	check("timer disarmed stays quiet", !fired_by(before, t + 20000000));
	check("exit hook outside the interrupt's frame", !hook_saw_irq_regs);
	ukplat_irq_set_exit_hook(NULL);
}

static bool readable(uintptr_t a)
{
	return uk_nofault_probe_r(a, PAGE, UK_NOFAULT_NOREPORT) == PAGE;
}

/*
 * The last page the allocators have, free and far from the heap's start:
 * with a few GiB of RAM (the test's --mem) it lies in a block larger than
 * 2 MiB on arm64, which takes two splits.
 */
static void guard_top_of_ram(void)
{
	struct ukplat_memregion r, last = { 0, 0 };
	uintptr_t top;

	for (int i = 0; ukplat_memregion_get(i, &r) == 0; i++)
		last = r;
	top = last.base + last.len - PAGE;
	printf("guard top of RAM at 0x%lx\n", (unsigned long)top);
	check("guard top of RAM", ukplat_page_set_guard(top, true) == 0 &&
				      !readable(top) &&
				      !ukplat_mem_mapped(top, 8));
	check("guard top of RAM cleared",
	      ukplat_page_set_guard(top, false) == 0 && readable(top));
}

/*
 * The middle page of three from the page allocator, then one page 2 MiB
 * further in a heap buffer (another large page to split, or the same
 * table), and pages that are not the allocators' RAM.
 */
static void guard_cases(void)
{
	struct uk_alloc *a = uk_alloc_get_default();
	char *p = uk_palloc(a, 3);
	char *big = uk_malloc(a, 3 << 20);
	uintptr_t g = (uintptr_t)p + PAGE;
	uintptr_t g2 = ALIGN_UP((uintptr_t)big, PAGE) + (2 << 20);
	static char kernel_data[2 * PAGE];

	check("guard buffers allocated", p && big);
	if (!p || !big)
		return;
	memset(p, 0x5a, 3 * PAGE);
	check("guard page readable before",
	      readable(g) && ukplat_mem_mapped(g, 8));
	check("guard set", ukplat_page_set_guard(g, true) == 0);
	check("guard page faults", !readable(g));
	check("guard page not mapped", !ukplat_mem_mapped(g, 8));
	check("guard range across it not mapped",
	      !ukplat_mem_mapped(g - 8, 16));
	check("guard neighbours still readable",
	      readable(g - PAGE) && readable(g + PAGE) && p[0] == 0x5a &&
		  p[2 * PAGE] == 0x5a);
	check("guard second page set", ukplat_page_set_guard(g2, true) == 0);
	check("guard second page faults", !readable(g2) && readable(g2 - PAGE));
	check("guard cleared", ukplat_page_set_guard(g, false) == 0 &&
				   ukplat_page_set_guard(g2, false) == 0);
	check("guard page readable after", readable(g) && readable(g2) &&
					       ukplat_mem_mapped(g, 8) &&
					       p[PAGE] == 0x5a);
	check("guard refused outside the allocators' RAM",
	      ukplat_page_set_guard(ALIGN_UP((uintptr_t)kernel_data, PAGE),
				    true) == -1 &&
		  ukplat_page_set_guard(0, true) == -1);
	check("guard refused unaligned",
	      ukplat_page_set_guard(g + 8, true) == -1);
	check("page 0 not mapped", !ukplat_mem_mapped(0, 8));
	guard_top_of_ram();
	uk_free(a, big);
	uk_pfree(a, p, 3);
}

static volatile unsigned long rx_notes;

static void on_rx(void)
{
	rx_notes++;
}

/*
 * Console input: the test sends a byte only after "rx: waiting", so that
 * it comes through the receive interrupt, which must call the notify
 * function; the timer bounds the wait.
 */
static void rx_case(void)
{
	unsigned long before = fires;
	int c;

	while (ukplat_cons_trygetc() >= 0)
		;
	ukplat_cons_set_rx_notify(on_rx);
	printf("rx: waiting\n");
	ukplat_timer_arm(ukplat_monotonic_ns() + 20000000000ULL);
	ukarch_irq_disable();
	while (!rx_notes && fires == before) {
		ukarch_wait_for_irq();
		ukarch_irq_disable();
	}
	ukarch_irq_enable();
	ukplat_timer_disarm();
	c = ukplat_cons_trygetc();
	check("rx notify called", rx_notes > 0);
	check("rx byte there when notified", c == 'x');
	ukplat_cons_set_rx_notify(NULL);
}

int main(int argc, char *argv[])
{
	bool far = false, rx = false;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "far"))
			far = true;
		if (!strcmp(argv[i], "rx"))
			rx = true;
	}
	timer_cases(far);
	if (rx)
		rx_case();
	guard_cases();
	/* The test compares it with the host's clock. */
	printf("wall clock %llu ns\n",
	       (unsigned long long)ukplat_wall_clock_ns());
	printf("plat tests: %d passed, %d failed\n", passed, failed);
	return failed;
}
