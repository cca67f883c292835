/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukstore entries of the GDB stub: which channel it listens on, whether a
 * debugger is attached, and the counters of its traffic and breakpoints
 * (struct uk_gdbstub_stats), for the shell, `monitor store` and Prometheus.
 */
#include <uk/plat/dbgchan.h>
#include <uk/store.h>
#include "glue.h"

static int get_channel(void *cookie __unused, char *buf, size_t len)
{
	const char *name = gdb_glue.ready ? ukplat_dbgchan_name() : NULL;

	return uk_store_copy_string(buf, len, name ? name : "none");
}
UK_STORE_ENTRY(ukgdbstub, channel, string, get_channel, NULL, "",
	       "debug channel the stub listens on (none: the stub is idle)");

/* All zero while the stub was never set up (there is no channel). */
static const struct uk_gdbstub_stats *stats(void)
{
	static const struct uk_gdbstub_stats none;

	return gdb_glue.stub_valid ? uk_gdbstub_stats(&gdb_stub) : &none;
}

UK_STORE_ENTRY_RO(ukgdbstub, attached, bool, gdb_glue.attached, "",
		  "a debugger resumed the guest and waits for its next stop");
UK_STORE_ENTRY_RO(ukgdbstub, stopped, bool, gdb_glue.stopped != NULL, "",
		  "the guest is stopped in the debugger (or waits for one)");
UK_STORE_ENTRY_RO(ukgdbstub, stops, u64, stats()->stops, "count",
		  "times the guest stopped for the debugger");
UK_STORE_ENTRY_RO(ukgdbstub, packets_in, u64, stats()->packets_in, "count",
		  "well-formed packets received from debuggers");
UK_STORE_ENTRY_RO(ukgdbstub, packets_out, u64, stats()->packets_out, "count",
		  "packets sent to debuggers");
UK_STORE_ENTRY_RO(ukgdbstub, bytes_in, u64, stats()->bytes_in, "bytes",
		  "bytes received on the debug channel by the stub");
UK_STORE_ENTRY_RO(ukgdbstub, bytes_out, u64, stats()->bytes_out, "bytes",
		  "bytes the stub sent on the debug channel");
UK_STORE_ENTRY_RO(ukgdbstub, bad_packets, u64, stats()->bad_packets, "count",
		  "packets received with a wrong checksum");
UK_STORE_ENTRY_RO(ukgdbstub, swbreaks, u32, stats()->swbreaks, "",
		  "software breakpoints placed now");
UK_STORE_ENTRY_RO(ukgdbstub, hwpoints, u32, stats()->hwpoints, "",
		  "hardware breakpoints and watchpoints placed now");
