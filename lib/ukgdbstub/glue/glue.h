/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukgdbstub: how the kernel glue's files call each other.
 * kernel.c owns the one stub instance, its transport over the debug
 * channel and its target over the stopped trap frame, and runs a session
 * for each stop; entry.c, boot_wait.c and crash.c are the ways in;
 * console.c carries the console to the debugger when they share the UART;
 * monitor.c answers `monitor` commands; the self-test (selftest*.c)
 * borrows the stub with a transport of its own.
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

/* Whether @c, the first byte after a detach, is the debugger's ack of it
 * (not console input on a shared console). */
bool gdb_kernel_detach_ack(int c);

/* Whether the debug channel is the console's UART. */
bool gdb_kernel_shared(void);

/* Whether the guest runs one instruction for the debugger now (the last
 * session ended in a step). */
bool gdb_kernel_stepping(void);

/* The stub's counters (store.c). */
const struct uk_gdbstub_stats *gdb_kernel_stats(void);

/* Send console output to the attached debugger now; false when it does not
 * wait for a stop (uk_gdbstub_console_write). */
bool gdb_kernel_console_out(const char *buf, size_t len);

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

/* Have the debug channel's receive interrupt hand each byte to the stub,
 * which stops the guest when the debugger asks (entry.c). */
void gdb_kernel_rx_install(void);

/* Divert console output to the debugger while one is attached (console.c). */
void gdb_console_share(void);

/* Send the console output held back while the CPU was stopped or stepping,
 * if the debugger waits for a stop. */
void gdb_console_flush(void);

/* The target's monitor operation (monitor.c). */
int gdb_kernel_monitor(void *ctx, char *line, uk_gdbstub_out_fn out, void *arg);

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
