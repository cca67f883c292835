/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Shell commands `irq` (the interrupt controller) and `timers` (the armed
 * timers), over irqview.c. `irq pending` masks interrupts and waits for a
 * device line to be requested (a key typed, a packet), then shows the
 * controller with that request still pending: what a lost interrupt looks
 * like from the CPU's side.
 */
#include <stdio.h>
#include <string.h>
#include <uk/arch/lcpu.h>
#include <uk/irqview.h>
#include <uk/plat/irqinfo.h>
#include <uk/plat/time.h>
#include <uk/shell.h>

#define PENDING_WAIT_NS (10 * 1000000000ULL)

static void shell_out(void *arg __unused, const char *line)
{
	printf("%s\n", line);
}

static void device_pending(void *arg, const struct ukplat_irq_line *l)
{
	/* The 8259 latches edges of masked lines too (the PIT's, unused). */
	if (l->device && l->enabled && l->handler && l->pending)
		*(bool *)arg = true;
}

/* With interrupts masked: until a device line is pending, or the wait
 * ends. */
static bool wait_pending(void)
{
	uint64_t end = ukplat_monotonic_ns() + PENDING_WAIT_NS;
	bool pending = false;

	while (!pending && ukplat_monotonic_ns() < end)
		ukplat_irq_lines(device_pending, &pending);
	return pending;
}

static int cmd_irq(int argc, char *argv[])
{
	unsigned long flags;
	int rc = 0;

	if (argc > 2 || (argc == 2 && strcmp(argv[1], "pending") != 0))
		return uk_shell_usage_error("irq", "unknown argument");
	flags = ukarch_irq_save();
	if (argc == 2) {
		printf("interrupts masked: waiting for a device line\n");
		if (!wait_pending()) {
			printf("error: no device line became pending in "
			       "%llu s\n",
			       PENDING_WAIT_NS / 1000000000ULL);
			rc = 1;
		}
	}
	if (!rc)
		uk_irq_view(shell_out, NULL);
	ukarch_irq_restore(flags);
	return rc;
}

static int cmd_timers(int argc, char *argv[] __unused)
{
	unsigned long flags;

	if (argc != 1)
		return uk_shell_usage_error("timers", "takes no arguments");
	flags = ukarch_irq_save();
	uk_timers_view(shell_out, NULL);
	ukarch_irq_restore(flags);
	return 0;
}

UK_SHELL_CMD(irq, cmd_irq, "[pending]",
	     "show the interrupt controller; pending: wait for a request");
UK_SHELL_CMD(timers, cmd_timers, "", "show the armed timers");
