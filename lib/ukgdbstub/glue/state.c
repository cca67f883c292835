/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The GDB stub in this kernel and what the glue knows about it (struct
 * gdb_glue in glue.h): one static instance, set up by init.c, changed at
 * each stop by enter.c, read by the ways in, the console and the store.
 * It calls nothing else in the glue, so every file may depend on it.
 */
#include "glue.h"

struct gdb_glue gdb_glue;
struct uk_gdbstub gdb_stub __noinit;

bool gdb_glue_detach_ack(int c)
{
	bool ack = gdb_glue.detach_acked && c == '+';

	gdb_glue.detach_acked = false;
	return ack;
}
