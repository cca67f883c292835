/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * qXfer:memory-map:read: the target's memory as gdb's memory-map XML, one
 * "ram" region per range the target reports (gdb may read, write and set
 * software breakpoints there). With a map, gdb refuses an access outside
 * it without asking (`info mem` lists it; `set mem inaccessible-by-default
 * off` lifts that).
 */
#include "gdbstub_internal.h"

static void region(void *arg, uint64_t start, uint64_t len)
{
	struct gdb_xml_window *w = arg;

	gdb_xml_str(w, "<memory type=\"ram\" start=\"");
	gdb_xml_hex(w, start);
	gdb_xml_str(w, "\" length=\"");
	gdb_xml_hex(w, len);
	gdb_xml_str(w, "\"/>\n");
}

/* "qXfer:memory-map:read::off,len"; empty reply when the target has no
 * map. */
GDB_CMD(gdb_cmd_qxfer_memory_map)
{
	const struct uk_gdbstub_target *t = gs->target;
	struct gdb_xml_window w;

	if (!t->ops->memory_map || !gdb_xml_reply(gs, args, len, &w))
		return GDB_REPLY;
	gdb_xml_str(&w, "<?xml version=\"1.0\"?>\n"
			"<!DOCTYPE memory-map PUBLIC \"+//IDN gnu.org//DTD "
			"GDB Memory Map V1.0//EN\" "
			"\"http://sourceware.org/gdb/gdb-memory-map.dtd\">\n"
			"<memory-map>\n");
	t->ops->memory_map(t->ctx, region, &w);
	gdb_xml_str(&w, "</memory-map>\n");
	gdb_xml_end(&w);
	return GDB_REPLY;
}
