/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The stub's setup in this kernel: early in boot, when the machine has a
 * debug channel (the dedicated one, or the console's UART when
 * `uk.debug_chan=console` or Kconfig asks), the stub (state.c) is set up
 * with its transport over that channel and its target (target.c), the
 * channel's receive interrupt is handed to the stub (entry.c) and, on a
 * shared UART, the console goes to the debugger (console.c). The self-test
 * borrows the stub with a transport of its own (gdb_glue_set_io).
 */
#include <stdio.h>
#include <string.h>
#include <uk/boot.h>
#include <uk/init.h>
#include <uk/plat/dbgchan.h>
#include "glue.h"

static bool have_chan, chan_shared; /* what gdb_glue_init found */

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

static size_t io_write_room(void *ctx __unused, char **buf)
{
	return ukplat_dbgchan_write_room(buf);
}

static void io_write_commit(void *ctx __unused, size_t len)
{
	ukplat_dbgchan_write_commit(len);
}

static const struct uk_gdbstub_io gdb_io = {
	.getc = io_getc,
	.write = io_write,
	.flush = io_flush,
	.write_room = io_write_room,
	.write_commit = io_write_commit,
};

/* `uk.debug_chan=console|dedicated`, else what Kconfig chose. */
static enum ukplat_dbgchan_kind chan_kind(void)
{
	char v[16];

	if (uk_boot_param("uk.debug_chan", v, sizeof(v))) {
		if (strcmp(v, "console") == 0)
			return UKPLAT_DBGCHAN_CONSOLE;
		if (strcmp(v, "dedicated") == 0)
			return UKPLAT_DBGCHAN_DEDICATED;
		printf("uk.debug_chan=%s: neither console nor dedicated, "
		       "ignored\n",
		       v);
	}
	return IS_ENABLED(CONFIG_LIBUKGDBSTUB_CONSOLE)
		   ? UKPLAT_DBGCHAN_CONSOLE
		   : UKPLAT_DBGCHAN_DEDICATED;
}

#if CONFIG_LIBUKGDBSTUB_SELFTEST
int gdb_glue_set_io(const struct uk_gdbstub_io *io)
{
	/* A debugger's bytes arriving meanwhile must not reach the
	 * self-test's session (nor start one on its transport), and the
	 * console is not the self-test's to carry. */
	if (have_chan) {
		if (io)
			ukplat_dbgchan_set_rx_handler(NULL);
		else
			gdb_glue_rx_install();
	}
	gdb_glue.shared = !io && chan_shared;
	/* Attached: a compiled-in breakpoint then says no "Waiting for
	 * debugger", and debug traps reach the stub from the first one on. */
	gdb_glue.attached = io != NULL;
	gdb_glue.ready = false;
	if (!io && !have_chan)
		return 0;
	if (uk_gdbstub_init(&gdb_stub, io ? io : &gdb_io, &gdb_glue_target) < 0)
		return -1;
	gdb_glue.ready = gdb_glue.stub_valid = true;
	return 0;
}
#endif

/*
 * Early, so that a debugger can attach (and crashes reach it) from the
 * first init function on. No channel is not an error: the stub then stays
 * out of the way and traps go to the crash screen as without it.
 */
static int gdb_glue_init(void)
{
	enum ukplat_dbgchan_kind kind = chan_kind();

	if (ukplat_dbgchan_init(kind) < 0)
		return 0;
	if (uk_gdbstub_init(&gdb_stub, &gdb_io, &gdb_glue_target) < 0)
		return -1;
	gdb_glue.ready = gdb_glue.stub_valid = have_chan = true;
	gdb_glue.shared = chan_shared = kind == UKPLAT_DBGCHAN_CONSOLE;
	if (gdb_glue.shared)
		gdb_console_share();
	/* Without a receive interrupt the debugger can still get in at a
	 * stop (uk_gdbstub_break, a crash), just not by Ctrl-C. */
	gdb_glue_rx_install();
	return 0;
}
UK_INIT(gdb_glue_init, UK_INIT_LEVEL_EARLY);
