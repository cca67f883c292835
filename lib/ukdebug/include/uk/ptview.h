/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The page table views shared by the shell's `pt`, the GDB stub's
 * `monitor pt` and the crash screen, printed a line at a time through a
 * callback (<uk/backtrace.h>). They read the live tables
 * (<uk/plat/pagetable.h>) and allocate nothing.
 */
#ifndef UK_PTVIEW_H
#define UK_PTVIEW_H

#include <uk/backtrace.h>

#if CONFIG_LIBUKDEBUG_PT
/*
 * One line per level read (name[index], the entry's physical address,
 * its value, its flags decoded), then "mapped: ..." with the page size,
 * frame, rights and memory type, or "not mapped: <why> at <level>".
 * Return 0 when @va is mapped, else -1.
 */
int uk_pt_view_walk(uintptr_t va, uk_backtrace_out_fn out, void *arg);

/*
 * A header, then one line per mapped range as QEMU's `info mem` prints
 * them (start-end size), with rights (rwx) and memory type added.
 */
void uk_pt_view_map(uk_backtrace_out_fn out, void *arg);

/*
 * The `pt` command: @argv[1] is "map" or a hexadecimal address. Bad
 * arguments print one "error: ..." line. Return 0, or 1 on bad arguments.
 */
int uk_pt_command(int argc, char *argv[], uk_backtrace_out_fn out, void *arg);
#else
static inline int uk_pt_command(int argc __unused, char *argv[] __unused,
				uk_backtrace_out_fn out, void *arg)
{
	out(arg, "error: page table views are not built in "
		 "(CONFIG_LIBUKDEBUG_PT)");
	return 1;
}
#endif

#endif /* UK_PTVIEW_H */
