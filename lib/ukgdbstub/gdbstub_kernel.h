/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukgdbstub: how the kernel glue's files call each other.
 * kernel.c owns the one stub instance, its transport over the debug
 * channel and its target over the stopped trap frame, and runs a session
 * for each stop; entry.c, boot_wait.c and crash.c are the ways in;
 * monitor.c answers `monitor` commands; cmdline.c reads boot parameters;
 * the self-test (selftest*.c) borrows the stub with a transport of its own.
 */
#ifndef UKGDBSTUB_KERNEL_H
#define UKGDBSTUB_KERNEL_H

#include <uk/gdbstub.h>
#include <uk/arch/traps.h>

/* trapnr of a stop that is no trap: the debugger interrupted the guest
 * (the architecture reports it as a signal, which becomes SIGINT). */
#define GDB_TRAPNR_INTERRUPT (~0UL)

/* Whether there is a debug channel and the stub is set up on it. */
bool gdb_kernel_ready(void);

/* Whether a debugger is attached: a session ended in continue or step,
 * and none since ended in detach, kill or a closed channel. */
bool gdb_kernel_attached(void);

/* Whether the CPU is stopped in a session now (the stub must not be
 * entered again from its own code). */
bool gdb_kernel_busy(void);

/*
 * Serve the debugger for the stop described by @ctx until it resumes the
 * guest, and prepare @ctx for resuming (step, breakpoints, FP state).
 * @signal, when nonzero, replaces the signal derived from the trap. A kill
 * halts the guest with status 0 and does not return.
 */
void gdb_kernel_enter(struct ukarch_trapctx *ctx, int signal);

/* Hand the stub a byte received while the guest runs; return true when the
 * debugger wants the guest stopped (uk_gdbstub_rx_feed). */
bool gdb_kernel_feed(char c);

/* The frame of the current stop (for monitor commands), or NULL. */
const struct ukarch_trapctx *gdb_kernel_stopped(void);

/* Feed the debug channel's pending bytes to the stub; stop the guest when
 * the debugger asks (entry.c; the channel's receive handler). */
void gdb_kernel_rx(void);

/* The target's monitor operation (monitor.c). */
int gdb_kernel_monitor(void *ctx, char *line, uk_gdbstub_out_fn out, void *arg);

/* Whether the boot command line holds the word @word (e.g.
 * "uk.debug_wait=1") before a standalone "--" (cmdline.c). */
bool gdb_cmdline_has(const char *word);

/*
 * Talk over @io instead of the debug channel, as a debugger that is
 * attached from the start (the self-test's scripted one): the stub is set
 * up afresh on @io and is ready even on a machine without a channel, whose
 * receive interrupt is off meanwhile. NULL goes back to the channel (or to
 * no stub, without one), detached. Only while no session runs and no
 * debugger is attached. Return 0, or -1 when the stub cannot be set up.
 * Built with CONFIG_LIBUKGDBSTUB_SELFTEST.
 */
int gdb_kernel_set_io(const struct uk_gdbstub_io *io);

#endif /* UKGDBSTUB_KERNEL_H */
