/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The crash screen: one layout for unhandled traps, UK_CRASH and failed
 * assertions on both architectures.
 *
 *   [    0.100707] CRIT: Lantern crash - Wick (0.1.0)
 *   CRIT: Thread: <name> (id N)        (with uksched, crash_threads.c)
 *   CRIT: <register block, arch/<arch>/crash_regs.c>
 *   CRIT: Stack: / CRIT: Call Trace:   (crash_stack.c)
 *   CRIT: Last N trace events:         (with tracepoints, trace_crash.c)
 *   CRIT: Page walk of <address>       (page faults, crash_pt.c)
 *   CRIT: <every other thread: state and call trace>   (crash_threads.c)
 *   CRIT: <reason>
 *
 * It runs on a broken system: it allocates nothing, takes no lock, prints
 * through the polled console and reads memory only after checking that it
 * is mapped. A fault while it runs prints one line and halts instead of
 * recursing. Before the report it offers the crash to UKDEBUG_CRASH_CATCH
 * handlers, after it raises UKDEBUG_CRASH (<uk/crash.h>), then halts.
 * Inside a section guarded with uk_crash_set_guard() a crash prints the
 * guard's line alone and halts.
 */
#include <uk/assert.h>
#include <uk/crash.h>
#include <uk/dmesg.h>
#include <uk/print.h>
#include <uk/plat/console.h>
#include <uk/plat/shutdown.h>
#include <uk/plat/time.h>
#include <uk/plat/trap.h>
#include <uk/ubsan.h>
#include <uk/arch/lcpu.h>
#include <stdio.h>
#include <string.h>
#include "crash_arch.h"
#include "crash_pt.h"
#include "crash_stack.h"
#include "crash_threads.h"
#include "trace_crash.h"

#define LINE_MAX 200

/* Set by `crash nested` so that the screen itself faults. */
volatile int uk_crash_test_nested;

static volatile int crashing;
static const char *volatile guard_line;

UK_EVENT(UKDEBUG_CRASH);
UK_EVENT(UKDEBUG_CRASH_CATCH);

/* One short line when the crash screen itself crashes, then stop. */
static __noreturn void crash_nested(const struct ukarch_trapctx *ctx)
{
	char buf[LINE_MAX];
	int n;

	if (ctx)
		n = snprintf(
		    buf, sizeof(buf),
		    "crash while crashing: %s at %016lx (address %#lx)\n",
		    ctx->name, ukarch_regs_pc(ctx->regs), ctx->fault_addr);
	else
		n = snprintf(buf, sizeof(buf), "crash while crashing\n");
	ukplat_cons_write(buf, MIN((size_t)n, sizeof(buf) - 1));
	ukplat_halt(UKPLAT_STATUS_CRASH);
}

/*
 * Let a UKDEBUG_CRASH_CATCH handler take the crash over. One that does
 * resumes elsewhere and never returns here, so the crash is over as far
 * as the nesting check goes: a later crash is a first one again.
 */
static void crash_offer(struct ukarch_trapctx *ctx, bool trap,
			const char *reason)
{
	struct uk_crash_info info = { ctx, trap, reason };

	crashing = 0;
	uk_raise_event(UKDEBUG_CRASH_CATCH, &info);
	crashing = 1;
}

void uk_crash_set_guard(const char *line)
{
	guard_line = line;
}

/* Within a guarded section: its one line, then stop. */
static void crash_guarded(void)
{
	const char *line = guard_line;

	if (!line)
		return;
	ukplat_cons_write(line, strlen(line));
	ukplat_cons_write("\n", 1);
	ukplat_halt(UKPLAT_STATUS_CRASH);
}

static __noreturn void crash_screen(struct ukarch_trapctx *ctx, bool trap,
				    const char *reason)
{
	struct uk_crash_info info = { ctx, trap, reason };
	uint64_t ns = ukplat_monotonic_ns();
	char ts[32];
	int n;

	n = snprintf(ts, sizeof(ts), "[%5lu.%06lu] ",
		     (unsigned long)(ns / 1000000000),
		     (unsigned long)(ns % 1000000000) / 1000);
	n = MIN((size_t)n, sizeof(ts) - 1);
	ukplat_cons_write(ts, n);
	uk_dmesg_write(ts, n);
	crash_line("%s crash - %s (%s)", UK_PROJECT, UK_CODENAME, UK_VERSION);
	if (uk_crash_test_nested)
		*(volatile int *)0 = 0;
	crash_thread_name();
	crash_arch_regs(ctx);
	crash_stack_dump(ukarch_regs_sp(ctx->regs));
	crash_call_trace(ctx->regs);
	if (!crash_thread_overflow(ctx) &&
	    !ukplat_mem_mapped(ukarch_regs_sp(ctx->regs) - sizeof(long),
			       sizeof(long)))
		crash_line("Stack pointer %016lx is outside mapped memory: "
			   "stack overflow?",
			   ukarch_regs_sp(ctx->regs));
	crash_trace_events();
	if (trap)
		crash_pt_fault(ctx);
	crash_threads_others();
	crash_line("%s", reason);
	uk_raise_event(UKDEBUG_CRASH, &info);
	ukplat_halt(UKPLAT_STATUS_CRASH);
}

void uk_crash_trap(struct ukarch_trapctx *ctx)
{
	char reason[LINE_MAX];

	ukarch_irq_disable();
	crash_guarded();
	if (crashing++)
		crash_nested(ctx);
#if CONFIG_LIBUBSAN_TRAP
	if (!uk_ubsan_trap_describe(ctx, reason, sizeof(reason)))
#endif
		crash_arch_describe(ctx, reason, sizeof(reason));
	crash_offer(ctx, true, reason);
	crash_screen(ctx, true, reason);
}

void _uk_crash(const char *file, int line, const char *func, const char *fmt,
	       ...)
{
	struct __regs regs;
	struct ukarch_trapctx ctx = { .regs = &regs, .name = "UK_CRASH" };
	const char *base = strrchr(file, '/');
	char what[LINE_MAX], reason[LINE_MAX];
	va_list ap;

	ukarch_irq_disable();
	ukarch_regs_capture(&regs);
	crash_guarded();
	if (crashing++)
		crash_nested(NULL);
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	snprintf(reason, sizeof(reason), "%s (%s:%d in %s)", what,
		 base ? base + 1 : file, line, func);
	crash_offer(&ctx, false, reason);
	crash_screen(&ctx, false, reason);
}
