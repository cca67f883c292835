/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The ways into the stub while the guest runs: breakpoint and debug traps
 * (through the trap-event registry, ahead of everyone else), and bytes from
 * the debugger on the debug channel (Ctrl-C, or a packet from a debugger
 * connecting to a running guest).
 *
 * A byte arrives in the channel's receive interrupt; the stop is then
 * served right there, on the frame the interrupt interrupted
 * (ukplat_irq_regs()), reported as SIGINT: the debugger sees the busy
 * loop it interrupted, not the interrupt handler, and stepping from there
 * steps that code. A byte read outside the interrupt (by a console reader
 * polling) has no interrupted frame: the stop is then made where it was
 * read, by gdb_arch_break(SIGINT). On a console shared with the debugger,
 * a '$' (a packet) typed there stops the guest too, and so does a Ctrl-C
 * once a debugger is attached. Breakpoint traps that are not the stub's (a
 * compiled-in uk_gdbstub_break, a stray int3/BRK) stop in the debugger too,
 * waiting for one if none is attached; debug traps (steps, hardware
 * breakpoints, watchpoints) exist only while a debugger is attached. While
 * a session runs, a trap from the stub's own code is left to the others
 * (it ends on the crash screen).
 */
#include <stdio.h>
#include <uk/plat/dbgchan.h>
#include <uk/plat/irq.h>
#include <uk/plat/trap.h>
#include <uk/arch/lcpu.h>
#include "../arch/gdbstub_arch.h"
#include "glue.h"

/* A stop the debugger asked for where none could be made at once. */
static bool enter_owed;
static bool installing;

static bool gdb_glue_rx(int c)
{
	struct ukarch_trapctx ctx = {
		.regs = ukplat_irq_regs(),
		.trapnr = GDB_TRAPNR_INTERRUPT,
		.name = "Interrupted by the debugger",
	};

	if (gdb_glue_detach_ack(c))
		return true;
	/* On a shared console, only a debugger's packet is ours until one is
	 * attached; the rest is console input, Ctrl-C included (it ends the
	 * shell's running command; `break` stops for a debugger). */
	if (gdb_glue.shared && !gdb_glue.attached && !enter_owed && c != '$')
		return false;
	if (uk_gdbstub_rx_feed(&gdb_stub, (char)c))
		enter_owed = true;
	if (!enter_owed || gdb_glue.stopped || installing)
		return true;
	enter_owed = false;
	/* At once: the rest of a packet begun here is the session's to read.
	 * Outside the receive interrupt (input polled by a console reader)
	 * there is no interrupted frame: stop right here instead, with a
	 * breakpoint trap that carries SIGINT. */
	if (ctx.regs)
		gdb_glue_enter(&ctx, UK_GDBSTUB_SIGINT);
	else
		gdb_arch_break(UK_GDBSTUB_SIGINT);
	return true;
}

/*
 * Bytes that were waiting already go through gdb_glue_rx while it is
 * installed; a stop they ask for waits until all of them are in. The
 * owed stop is taken while the handler still only collects, and the end
 * of installing is decided with interrupts masked: a byte arriving in
 * between once made a second stop (one entered from its interrupt, then
 * this owed one), which a debugger sees as an unasked SIGINT.
 */
void gdb_glue_rx_install(void)
{
	unsigned long irqs;
	bool owed;

	installing = true;
	ukplat_dbgchan_set_rx_handler(gdb_glue_rx);
	do {
		irqs = ukarch_irq_save();
		owed = enter_owed;
		enter_owed = false;
		installing = owed;
		ukarch_irq_restore(irqs);
		if (owed)
			gdb_arch_break(UK_GDBSTUB_SIGINT);
	} while (owed);
}

/* A stop gdb_arch_break() raised says its signal: the debugger asked for
 * it, so there is no need to say that the stub waits for one. */
static int gdb_on_breakpoint(void *data)
{
	struct ukarch_trapctx *ctx = data;
	int signal;

	if (!gdb_glue.ready || gdb_glue.stopped)
		return UK_EVENT_NOT_HANDLED;
	signal = gdb_arch_break_signal(ctx);
	if (!gdb_glue.attached && !signal)
		printf("Waiting for debugger on %s\n", ukplat_dbgchan_name());
	gdb_glue_enter(ctx, signal);
	return UK_EVENT_HANDLED;
}
UK_EVENT_HANDLER_PRIO(UKARCH_TRAP_BREAKPOINT, gdb_on_breakpoint,
		      UK_EVENT_PRIO_DEBUGGER);

static int gdb_on_debug(void *data)
{
	if (!gdb_glue.ready || gdb_glue.stopped || !gdb_glue.attached)
		return UK_EVENT_NOT_HANDLED;
	gdb_glue_enter(data, 0);
	return UK_EVENT_HANDLED;
}
UK_EVENT_HANDLER_PRIO(UKARCH_TRAP_DEBUG, gdb_on_debug, UK_EVENT_PRIO_DEBUGGER);
