/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The one way through for traps: the architecture's entry code names the
 * trap and calls ukplat_trap_raise(); handlers registered for the event run
 * in priority order; a trap nobody handled ends in uk_crash_trap(), the
 * crash screen's, or the weak stand-in below when it is not built in.
 */
#include <uk/plat/trap.h>
#include <uk/plat/shutdown.h>
#include <uk/plat/console.h>
#include <uk/trace.h>
#include <kvm/trap.h>
#include <stdio.h>

UK_EVENT(UKARCH_TRAP_PAGE_FAULT);
UK_EVENT(UKARCH_TRAP_INVALID_OP);
UK_EVENT(UKARCH_TRAP_BREAKPOINT);
UK_EVENT(UKARCH_TRAP_DEBUG);
UK_EVENT(UKARCH_TRAP_BUS_ERROR);
UK_EVENT(UKARCH_TRAP_MATH);
UK_EVENT(UKARCH_TRAP_SECURITY);

UK_TRACEPOINT(plat_trap, "kind=%s pc=%#lx", const char *, unsigned long);

void ukplat_trap_raise(const struct uk_event *event, struct ukarch_trapctx *ctx)
{
	int rc;

	plat_trap(ctx->name, ukarch_regs_pc(ctx->regs));
	rc = uk_raise_event_ptr(event, ctx);

	if (rc == UK_EVENT_HANDLED || rc == UK_EVENT_HANDLED_CONTINUE)
		return;
	uk_crash_trap(ctx);
}

__weak void uk_crash_trap(struct ukarch_trapctx *ctx)
{
	static int nesting;

	if (nesting++ == 0)
		ukplat_trap_report(ctx);
	ukplat_halt(UKPLAT_STATUS_CRASH);
}

void kvm_trap_print(const char *fmt, ...)
{
	char buf[192];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n > 0)
		ukplat_cons_write(buf, MIN((size_t)n, sizeof(buf) - 1));
}
