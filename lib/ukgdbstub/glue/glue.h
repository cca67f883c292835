/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukgdbstub: how the kernel glue's files call each other.
 * state.c holds the one stub instance and what the glue knows about it;
 * init.c sets the stub up on the debug channel (or lends it to the
 * self-test); target.c is the stub's view of the stopped CPU; enter.c runs
 * one stop; entry.c, boot_wait.c and crash.c are the ways in; console.c
 * carries the console to the debugger when they share the UART; threads.c
 * shows the scheduler's threads; monitor.c answers `monitor` commands.
 * Calls go one way: init -> entry -> enter -> console -> state, enter ->
 * threads -> state, and init -> target -> monitor, threads -> state;
 * nothing in the glue calls init.c but the self-test.
 */
#ifndef UKGDBSTUB_GLUE_H
#define UKGDBSTUB_GLUE_H

#include <uk/gdbstub.h>
#include <uk/arch/traps.h>

/* trapnr of a stop that is no trap: the debugger interrupted the guest
 * (the architecture reports it as a signal, which becomes SIGINT). */
#define GDB_TRAPNR_INTERRUPT (~0UL)

/* --- state.c: the stub and its state; init.c and enter.c write it ----- */

struct gdb_glue {
	/* gdb_stub was set up at least once: only then may it be read. */
	bool stub_valid;
	/* There is a debug channel (or the self-test's transport) and the
	 * stub is set up on it. */
	bool ready;
	/* A debugger is attached: a session ended in continue or step, and
	 * none since ended in detach, kill or a closed channel. */
	bool attached;
	/* The debug channel is the console's UART. */
	bool shared;
	/* The guest runs one instruction for the debugger now (the last
	 * session ended in a step). */
	bool stepping;
	/* A detach was answered: the debugger's ack of it may follow. */
	bool detach_acked;
	/* The frame of the current stop, or NULL: the CPU is stopped in a
	 * session (and the stub must not be entered again from its own
	 * code) exactly while this is set. */
	struct ukarch_trapctx *stopped;
};

extern struct gdb_glue gdb_glue;

/* The stub. Its packet buffers make it large, so it is not zeroed at boot
 * (__noinit): uk_gdbstub_init() writes all of it before any use. */
extern struct uk_gdbstub gdb_stub;

/* Whether @c, the first byte after a detach, is the debugger's ack of it
 * (not console input on a shared console). */
bool gdb_glue_detach_ack(int c);

/* --- target.c ----------------------------------------------------------- */

/* The stopped CPU: registers of gdb_glue.stopped through the architecture
 * glue, memory through nofault, `monitor` commands. */
extern const struct uk_gdbstub_target gdb_glue_target;

/* --- enter.c ------------------------------------------------------------ */

/*
 * Serve the debugger for the stop described by @ctx until it resumes the
 * guest, and prepare @ctx for resuming (step, breakpoints, FP state).
 * @signal, when nonzero, replaces the signal derived from the trap. A kill
 * halts the guest with status 0 and does not return.
 */
void gdb_glue_enter(struct ukarch_trapctx *ctx, int signal);

/* --- entry.c ------------------------------------------------------------ */

/* Have the debug channel's receive interrupt hand each byte to the stub,
 * which stops the guest when the debugger asks. */
void gdb_glue_rx_install(void);

/* --- console.c ---------------------------------------------------------- */

/* Divert console output to the debugger while one is attached. */
void gdb_console_share(void);

/* Send the console output held back while the CPU was stopped or stepping,
 * if the debugger waits for a stop. */
void gdb_console_flush(void);

/* --- threads.c (with uksched): the kernel's threads ----------------- */

#if CONFIG_LIBUKSCHED
/* The target's thread operations. */
extern const struct uk_gdbstub_threads gdb_glue_threads;
#define GDB_GLUE_THREADS (&gdb_glue_threads)

/* Let only thread @id run until the next stop (0: every thread). */
void gdb_glue_threads_lock(unsigned long id);
#else
#define GDB_GLUE_THREADS NULL
static inline void gdb_glue_threads_lock(unsigned long id __unused)
{
}
#endif

/* --- memmap.c: the memory map (qXfer:memory-map:read) ------------------ */

/* The target's memory_map operation: the kernel's mappings. */
void gdb_glue_memory_map(void *ctx,
			 void (*fn)(void *arg, uint64_t start, uint64_t len),
			 void *arg);

/* --- coredump.c (with ukcoredump): dumps of the stopped guest --------- */

#if CONFIG_LIBUKCOREDUMP
/* The target's core_size and core_read operations. */
uint64_t gdb_glue_core_size(void *ctx, bool layout);
void gdb_glue_core_read(void *ctx, uint64_t off, void *buf, size_t len);
#define GDB_GLUE_CORE_SIZE gdb_glue_core_size
#define GDB_GLUE_CORE_READ gdb_glue_core_read

/* Write a dump of the stopped guest, console lines, to @out: 0, or -1. */
int gdb_glue_dump(uk_gdbstub_out_fn out, void *arg);
#else
#define GDB_GLUE_CORE_SIZE NULL
#define GDB_GLUE_CORE_READ NULL
static inline int gdb_glue_dump(uk_gdbstub_out_fn out __unused,
				void *arg __unused)
{
	return -1;
}
#endif

/* --- monitor.c ---------------------------------------------------------- */

/* The target's monitor operation. */
int gdb_glue_monitor(void *ctx, char *line, uk_gdbstub_out_fn out, void *arg);

/* --- init.c ------------------------------------------------------------- */

/*
 * Talk over @io instead of the debug channel, as a debugger that is
 * attached from the start (the self-test's scripted one): the stub is set
 * up afresh on @io and is ready even on a machine without a channel, whose
 * receive interrupt is off meanwhile. NULL goes back to the channel (or to
 * no stub, without one), detached. Only while no session runs and no
 * debugger is attached. Return 0, or -1 when the stub cannot be set up.
 * Built with CONFIG_LIBUKGDBSTUB_SELFTEST.
 */
int gdb_glue_set_io(const struct uk_gdbstub_io *io);

#endif /* UKGDBSTUB_GLUE_H */
