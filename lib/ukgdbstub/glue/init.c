/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The GDB stub in this kernel: one static session (struct uk_gdbstub),
 * its transport over the platform's debug channel (the dedicated one, or
 * the console's UART when `uk.debug_chan=console` or Kconfig asks), its
 * target over the trap frame of the current stop (registers through the
 * architecture glue, memory through nofault), set up early in boot when
 * the machine has a debug channel. gdb_kernel_enter() runs one stop: save
 * the FP state, let the architecture say why the CPU stopped, serve the
 * debugger, carry out its verdict.
 */
#include <stdio.h>
#include <string.h>
#include <uk/boot.h>
#include <uk/init.h>
#include <uk/nofault.h>
#include <uk/plat/dbgchan.h>
#include <uk/plat/shutdown.h>
#include "../arch/gdbstub_arch.h"
#include "glue.h"

static struct uk_gdbstub gdb_stub;
static bool ready, attached, shared, stepping;
static bool have_chan, chan_shared;    /* what gdb_kernel_init found */
static bool detach_acked;      /* a detach was answered: an ack may follow */
static struct ukarch_trapctx *stopped;

/* --- transport: the debug channel -------------------------------------- */

/*
 * A serial line never reports that it closed: wait for the next byte,
 * with the CPU idle rather than spinning, where the channel allows: under
 * emulation a spinning vCPU takes a host core from the debugger and the
 * emulator's I/O.
 */
static int io_getc(void *ctx __unused)
{
	return ukplat_dbgchan_getc();
}

static void io_write(void *ctx __unused, const char *buf, size_t len)
{
	ukplat_dbgchan_write(buf, len);
}

static void io_flush(void *ctx __unused)
{
	ukplat_dbgchan_flush();
}

static const struct uk_gdbstub_io gdb_io = {
	.getc = io_getc,
	.write = io_write,
	.flush = io_flush,
};

/* --- target: the stopped frame and memory ----------------------------- */

static int t_regs_read(void *ctx __unused, uint8_t *image, size_t len)
{
	return stopped ? gdb_arch_regs_read(stopped, image, len) : -1;
}

static int t_regs_write(void *ctx __unused, const uint8_t *image, size_t len)
{
	return stopped ? gdb_arch_regs_write(stopped, image, len) : -1;
}

/* An address the debugger names may be anything: a fault is an answer. */
static size_t t_mem_read(void *ctx __unused, uintptr_t addr, void *buf, size_t len)
{
	return uk_nofault_memcpy(buf, (const void *)addr, len, UK_NOFAULT_NOREPORT);
}

static size_t t_mem_write(void *ctx __unused, uintptr_t addr, const void *buf, size_t len)
{
	return uk_nofault_memcpy((void *)addr, buf, len, UK_NOFAULT_NOREPORT);
}

static size_t t_text_write(void *ctx __unused, uintptr_t addr, const void *buf,
			   size_t len)
{
	return gdb_arch_text_write(addr, buf, len);
}

static int t_hw_insert(void *ctx __unused, enum uk_gdbstub_hw type, uintptr_t addr,
		       size_t len)
{
	return gdb_arch_hw_insert(type, addr, len);
}

static int t_hw_remove(void *ctx __unused, enum uk_gdbstub_hw type, uintptr_t addr,
		       size_t len)
{
	return gdb_arch_hw_remove(type, addr, len);
}

static void t_hw_remove_all(void *ctx __unused)
{
	gdb_arch_hw_remove_all();
}

static const struct uk_gdbstub_ops gdb_ops = {
	.regs_read = t_regs_read,
	.regs_write = t_regs_write,
	.mem_read = t_mem_read,
	.mem_write = t_mem_write,
	.text_write = t_text_write,
	.hw_insert = t_hw_insert,
	.hw_remove = t_hw_remove,
	.hw_remove_all = t_hw_remove_all,
	.monitor = gdb_kernel_monitor,
};

static const struct uk_gdbstub_target gdb_target = {
	.arch = &gdb_arch,
	.ops = &gdb_ops,
};

/* --- stops --------------------------------------------------------------- */

static bool is_stub_bp(uintptr_t addr)
{
	return uk_gdbstub_is_swbp(&gdb_stub, addr);
}

bool gdb_kernel_ready(void)
{
	return ready;
}

bool gdb_kernel_attached(void)
{
	return attached;
}

bool gdb_kernel_busy(void)
{
	return stopped != NULL;
}

bool gdb_kernel_detach_ack(int c)
{
	bool ack = detach_acked && c == '+';

	detach_acked = false;
	return ack;
}

bool gdb_kernel_shared(void)
{
	return shared;
}

bool gdb_kernel_stepping(void)
{
	return stepping;
}

const struct uk_gdbstub_stats *gdb_kernel_stats(void)
{
	return uk_gdbstub_stats(&gdb_stub);
}

bool gdb_kernel_console_out(const char *buf, size_t len)
{
	return uk_gdbstub_console_write(&gdb_stub, buf, len);
}

bool gdb_kernel_feed(char c)
{
	return uk_gdbstub_rx_feed(&gdb_stub, c);
}

const struct ukarch_trapctx *gdb_kernel_stopped(void)
{
	return stopped;
}

void gdb_kernel_enter(struct ukarch_trapctx *ctx, int signal)
{
	struct uk_gdbstub_stop stop;
	struct uk_gdbstub_resume resume;

	gdb_arch_fpu_save();
	gdb_arch_stop_reason(ctx, &stop, is_stub_bp);
	if (signal)
		stop.signal = signal;
	if (shared)
		gdb_console_flush();
	stopped = ctx;
	uk_gdbstub_session(&gdb_stub, &stop, &resume);
	/* A step over a compiled-in breakpoint is done by skipping it. */
	while (resume.action == UK_GDBSTUB_STEP &&
	       gdb_arch_step_skips_break(ctx, is_stub_bp(ukarch_regs_pc(ctx->regs)))) {
		stop.signal = UK_GDBSTUB_SIGTRAP;
		stop.kind = UK_GDBSTUB_STOP_SIGNAL;
		uk_gdbstub_session(&gdb_stub, &stop, &resume);
	}
	stopped = NULL;
	stepping = resume.action == UK_GDBSTUB_STEP;

	/* A signal to deliver (C, S) means nothing to a kernel: ignored. */
	switch (resume.action) {
	case UK_GDBSTUB_KILL:
		ukplat_halt(0);
	case UK_GDBSTUB_CONTINUE:
	case UK_GDBSTUB_STEP:
		attached = true;
		break;
	case UK_GDBSTUB_DETACH:
		detach_acked = true;
		attached = false;
		break;
	case UK_GDBSTUB_CLOSED:
		attached = false;
		break;
	}
	if (shared)
		gdb_console_flush();
	gdb_arch_fpu_restore();
	gdb_arch_resume(ctx, resume.action == UK_GDBSTUB_STEP,
			is_stub_bp(ukarch_regs_pc(ctx->regs)));
}

/* `uk.debug_chan=console|dedicated`, else what Kconfig chose. */
static enum ukplat_dbgchan_kind chan_kind(void)
{
	char v[16];

	if (uk_boot_param("uk.debug_chan", v, sizeof(v))) {
		if (strcmp(v, "console") == 0)
			return UKPLAT_DBGCHAN_CONSOLE;
		if (strcmp(v, "dedicated") == 0)
			return UKPLAT_DBGCHAN_DEDICATED;
		printf("uk.debug_chan=%s: neither console nor dedicated, ignored\n", v);
	}
	return IS_ENABLED(CONFIG_LIBUKGDBSTUB_CONSOLE) ? UKPLAT_DBGCHAN_CONSOLE
						       : UKPLAT_DBGCHAN_DEDICATED;
}

#if CONFIG_LIBUKGDBSTUB_SELFTEST
int gdb_kernel_set_io(const struct uk_gdbstub_io *io)
{
	/* A debugger's bytes arriving meanwhile must not reach the
	 * self-test's session (nor start one on its transport), and the
	 * console is not the self-test's to carry. */
	if (have_chan) {
		if (io)
			ukplat_dbgchan_set_rx_handler(NULL);
		else
			gdb_kernel_rx_install();
	}
	shared = !io && chan_shared;
	/* Attached: a compiled-in breakpoint then says no "Waiting for
	 * debugger", and debug traps reach the stub from the first one on. */
	attached = io != NULL;
	ready = false;
	if (!io && !have_chan)
		return 0;
	if (uk_gdbstub_init(&gdb_stub, io ? io : &gdb_io, &gdb_target) < 0)
		return -1;
	ready = true;
	return 0;
}
#endif

/*
 * Early, so that a debugger can attach (and crashes reach it) from the
 * first init function on. No channel is not an error: the stub then stays
 * out of the way and traps go to the crash screen as without it.
 */
static int gdb_kernel_init(void)
{
	enum ukplat_dbgchan_kind kind = chan_kind();

	if (ukplat_dbgchan_init(kind) < 0)
		return 0;
	if (uk_gdbstub_init(&gdb_stub, &gdb_io, &gdb_target) < 0)
		return -1;
	ready = have_chan = true;
	shared = chan_shared = kind == UKPLAT_DBGCHAN_CONSOLE;
	if (shared)
		gdb_console_share();
	/* Without a receive interrupt the debugger can still get in at a
	 * stop (uk_debug_break, a crash), just not by Ctrl-C. */
	gdb_kernel_rx_install();
	return 0;
}
UK_INIT(gdb_kernel_init, UK_INIT_LEVEL_EARLY);
