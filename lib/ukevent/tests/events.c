/*
 * Two page-fault handlers around a NULL read. "second" (priority 200) is
 * defined first so that link order alone would call it first; "first"
 * (priority 100) must still see the fault before it. With argument "stop"
 * the first handler resumes the guest elsewhere and the chain stops; with
 * "pass" both decline and the crash screen follows.
 */
#include <stdio.h>
#include <string.h>
#include <uk/plat/trap.h>
#include <uk/plat/shutdown.h>

static int stop;

static __noreturn void recovered(void)
{
	ukplat_halt(42);
}

static int second(void *data)
{
	struct ukarch_trapctx *ctx = data;

	printf("second handler saw %s at 0x%lx\n", ctx->name, ctx->fault_addr);
	return UK_EVENT_NOT_HANDLED;
}
UK_EVENT_HANDLER_PRIO(UKARCH_TRAP_PAGE_FAULT, second, 200);

static int first(void *data)
{
	struct ukarch_trapctx *ctx = data;

	printf("first handler saw %s at 0x%lx\n", ctx->name, ctx->fault_addr);
	if (!stop)
		return UK_EVENT_NOT_HANDLED;
	ukarch_regs_set_pc(ctx->regs, (unsigned long)recovered);
	return UK_EVENT_HANDLED;
}
UK_EVENT_HANDLER_PRIO(UKARCH_TRAP_PAGE_FAULT, first, 100);

int main(int argc, char *argv[])
{
	stop = argc > 1 && !strcmp(argv[1], "stop");
	printf("reading NULL\n");
	printf("read %d\n", *(volatile int *)0);
	return 0;
}
