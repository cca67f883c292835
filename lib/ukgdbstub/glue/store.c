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

static int get_attached(void *cookie __unused, uint64_t *out)
{
	*out = gdb_glue.attached;
	return 0;
}
UK_STORE_ENTRY(ukgdbstub, attached, bool, get_attached, NULL, "",
	       "a debugger resumed the guest and waits for its next stop");

static int get_stopped(void *cookie __unused, uint64_t *out)
{
	*out = gdb_glue.stopped != NULL;
	return 0;
}
UK_STORE_ENTRY(ukgdbstub, stopped, bool, get_stopped, NULL, "",
	       "the guest is stopped in the debugger (or waits for one)");

#define STAT(field, type, unit, what)                                     \
	static int get_##field(void *cookie __unused, uint64_t *out)      \
	{                                                                 \
		*out = uk_gdbstub_stats(&gdb_glue.stub)->field;        \
		return 0;                                                 \
	}                                                                 \
	UK_STORE_ENTRY(ukgdbstub, field, type, get_##field, NULL, unit, what)
STAT(stops, u64, "count", "times the guest stopped for the debugger");
STAT(packets_in, u64, "count", "well-formed packets received from debuggers");
STAT(packets_out, u64, "count", "packets sent to debuggers");
STAT(bytes_in, u64, "bytes", "bytes received on the debug channel by the stub");
STAT(bytes_out, u64, "bytes", "bytes the stub sent on the debug channel");
STAT(bad_packets, u64, "count", "packets received with a wrong checksum");
STAT(swbreaks, u32, "", "software breakpoints placed now");
STAT(hwpoints, u32, "", "hardware breakpoints and watchpoints placed now");
