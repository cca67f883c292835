/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Suite events: two page-fault handlers around a NULL read. "second"
 * (priority 200) is defined first so that link order alone would call it
 * first; "first" (priority 100) must still see the fault before it. Both
 * decline every fault unless a case of this suite armed them. Each case
 * ends in a crash it expects, whose message says what the handlers did:
 * resuming a faulting read anywhere else needs no knowledge of the
 * instruction.
 */
#include <uk/assert.h>
#include <uk/test.h>
#include <uk/ubsan.h>
#include <uk/plat/trap.h>

enum armed { OFF, ORDER, STOP };

static volatile enum armed armed;
static volatile int first_calls, second_calls;

static __noreturn void order_seen(void)
{
	armed = OFF;
	UK_CRASH("handlers ran first then second");
}

static __noreturn void chain_stopped(void)
{
	armed = OFF;
	UK_CRASH("first handler resumed; second ran %d times", second_calls);
}

static int second(void *data)
{
	struct ukarch_trapctx *ctx = data;

	if (armed == OFF)
		return UK_EVENT_NOT_HANDLED;
	second_calls++;
	if (armed == ORDER && first_calls == 1 && !ctx->fault_addr) {
		ukarch_regs_set_pc(ctx->regs, (unsigned long)order_seen);
		return UK_EVENT_HANDLED;
	}
	return UK_EVENT_NOT_HANDLED;
}
UK_EVENT_HANDLER_PRIO(UKARCH_TRAP_PAGE_FAULT, second, 200);

static int first(void *data)
{
	struct ukarch_trapctx *ctx = data;

	if (armed == OFF)
		return UK_EVENT_NOT_HANDLED;
	first_calls++;
	if (armed != STOP || second_calls)
		return UK_EVENT_NOT_HANDLED;
	ukarch_regs_set_pc(ctx->regs, (unsigned long)chain_stopped);
	return UK_EVENT_HANDLED;
}
UK_EVENT_HANDLER_PRIO(UKARCH_TRAP_PAGE_FAULT, first, 100);

/* The NULL read is the point: UBSan must not report it first. */
static __uk_no_ubsan void read_null(enum armed how)
{
	first_calls = second_calls = 0;
	armed = how;
	(void)*(volatile int *)0;
	armed = OFF;
}

UK_TESTCASE(events, priority_order)
{
	uk_test_expect_crash("handlers ran first then second");
	read_null(ORDER);
}

UK_TESTCASE(events, handled_stops_the_chain)
{
	uk_test_expect_crash("first handler resumed; second ran 0 times");
	read_null(STOP);
}

uk_testsuite_register(events, NULL);
