/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The console shared with the debugger (`uk.debug_chan=console`): while a
 * debugger is attached, the UART carries only its packets, and console
 * output reaches its console as "O" packets instead, at the moments the
 * protocol allows them: while the guest runs, or at a stop just before the
 * stop reply. Detached, the console is the console again.
 *
 * Output made while the CPU is stopped or single-stepping is held back.
 * Stepping through this very code must not put a packet on the line half
 * written, so a stepped writer only copies into the buffer, and the stub
 * sends it at the next stop unless that stop is inside the copy.
 */
#include <string.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/console.h>
#include "glue.h"

#define HELD_MAX 4096

static char held[HELD_MAX];
static size_t held_len;
static volatile bool in_sink;

/* Text beyond HELD_MAX while held back is dropped, and says so. */
static void hold(const char *buf, size_t len)
{
	static const char cut[] = "\n[console output cut]\n";
	size_t room;

	if (held_len > HELD_MAX - sizeof(cut))
		return;
	room = HELD_MAX - sizeof(cut) - held_len;
	if (len > room) {
		memcpy(held + held_len, buf, room);
		memcpy(held + held_len + room, cut, sizeof(cut) - 1);
		held_len = HELD_MAX;
		return;
	}
	memcpy(held + held_len, buf, len);
	held_len += len;
}

static void release(void)
{
	if (!held_len)
		return;
	if (gdb_glue.attached) {
		if (!uk_gdbstub_console_write(&gdb_stub, held, held_len))
			return;
	} else {
		ukplat_cons_write(held, held_len);
	}
	held_len = 0;
}

static bool gdb_console_sink(const char *buf, size_t len)
{
	unsigned long flags;

	if (!gdb_glue.attached)
		return false;
	flags = ukarch_irq_save();
	in_sink = true;
	if (gdb_glue.stopped || gdb_glue.stepping) {
		hold(buf, len);
	} else {
		release();
		uk_gdbstub_console_write(&gdb_stub, buf, len);
	}
	in_sink = false;
	ukarch_irq_restore(flags);
	return true;
}

void gdb_console_flush(void)
{
	if (!in_sink)
		release();
}

void gdb_console_share(void)
{
	ukplat_cons_set_sink(gdb_console_sink);
}
