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
 * steps that code. On a console shared with the debugger, a Ctrl-C or a
 * '$' (a packet) typed there stops the guest too. Breakpoint traps that are not the stub's (a
 * compiled-in uk_debug_break, a stray int3/BRK) stop in the debugger too,
 * waiting for one if none is attached; debug traps (steps, hardware
 * breakpoints, watchpoints) exist only while a debugger is attached. While
 * a session runs, a trap from the stub's own code is left to the others
 * (it ends on the crash screen).
 */
#include <stdio.h>
#include <uk/plat/dbgchan.h>
#include <uk/plat/irq.h>
#include <uk/plat/trap.h>
#include "gdbstub_kernel.h"

/* A stop the debugger asked for where none could be made at once. */
static bool enter_owed;
static bool installing;
/* The breakpoint trap raised for such a stop: report it as an interrupt. */
static bool break_for_rx;

static void stop_for_rx(void)
{
	break_for_rx = true;
	uk_debug_break();
}

static bool gdb_kernel_rx(int c)
{
	struct ukarch_trapctx ctx = {
		.regs = ukplat_irq_regs(),
		.trapnr = GDB_TRAPNR_INTERRUPT,
		.name = "Interrupted by the debugger",
	};

	if (gdb_kernel_detach_ack(c))
		return true;
	/* On a shared console, only a debugger's Ctrl-C or packet is ours
	 * until one is attached; the rest is console input. */
	if (gdb_kernel_shared() && !gdb_kernel_attached() && !enter_owed &&
	    c != 0x03 && c != '$')
		return false;
	if (gdb_kernel_feed((char)c))
		enter_owed = true;
	if (!enter_owed || gdb_kernel_busy() || installing)
		return true;
	enter_owed = false;
	/* At once: the rest of a packet begun here is the session's to read.
	 * Outside the receive interrupt (input polled by a console reader)
	 * there is no interrupted frame: stop right here instead. */
	if (ctx.regs)
		gdb_kernel_enter(&ctx, UK_GDBSTUB_SIGINT);
	else
		stop_for_rx();
	return true;
}

/*
 * Bytes that were waiting already go through gdb_kernel_rx while it is
 * installed; a stop they ask for waits until all of them are in.
 */
void gdb_kernel_rx_install(void)
{
	installing = true;
	ukplat_dbgchan_set_rx_handler(gdb_kernel_rx);
	installing = false;
	if (enter_owed) {
		enter_owed = false;
		stop_for_rx();
	}
}

static int gdb_on_breakpoint(void *data)
{
	bool for_rx = break_for_rx;

	if (!gdb_kernel_ready() || gdb_kernel_busy())
		return UK_EVENT_NOT_HANDLED;
	break_for_rx = false;
	if (!gdb_kernel_attached() && !for_rx)
		printf("Waiting for debugger on %s\n", ukplat_dbgchan_name());
	gdb_kernel_enter(data, for_rx ? UK_GDBSTUB_SIGINT : 0);
	return UK_EVENT_HANDLED;
}
UK_EVENT_HANDLER_PRIO(UKARCH_TRAP_BREAKPOINT, gdb_on_breakpoint,
		      UK_EVENT_PRIO_DEBUGGER);

static int gdb_on_debug(void *data)
{
	if (!gdb_kernel_ready() || gdb_kernel_busy() || !gdb_kernel_attached())
		return UK_EVENT_NOT_HANDLED;
	gdb_kernel_enter(data, 0);
	return UK_EVENT_HANDLED;
}
UK_EVENT_HANDLER_PRIO(UKARCH_TRAP_DEBUG, gdb_on_debug, UK_EVENT_PRIO_DEBUGGER);
