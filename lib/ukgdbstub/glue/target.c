/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The stub's target in this kernel: the CPU stopped in a trap. Registers
 * are those of the trap frame of the current stop (gdb_glue.stopped) and
 * the FP state saved at entry, through the architecture glue; memory is
 * reached through nofault, text through the architecture's text write;
 * hardware breakpoints and watchpoints are the CPU's debug registers;
 * `monitor` commands are monitor.c's; the other threads are threads.c's;
 * crash dumps coredump.c's.
 */
#include <string.h>
#include <uk/nofault.h>
#include "../arch/gdbstub_arch.h"
#include "glue.h"

static int t_regs_read(void *ctx __unused, uint8_t *image, size_t len)
{
	const struct ukarch_trapctx *stopped = gdb_glue.stopped;

	return stopped ? gdb_arch_regs_read(stopped, image, len) : -1;
}

static int t_regs_write(void *ctx __unused, const uint8_t *image, size_t len)
{
	struct ukarch_trapctx *stopped = gdb_glue.stopped;

	return stopped ? gdb_arch_regs_write(stopped, image, len) : -1;
}

/* Reads up to this long, aligned to 4 bytes, go a 32-bit word at a time. */
#define WORD_READ_MAX 64

/*
 * An address the debugger names may be anything: a fault is an answer.
 * A short aligned read (`x/4wx`) is read a 32-bit word at a time, since
 * device registers answer only accesses of their width (the local APIC
 * reads 0 for single bytes); longer ones are memory dumps.
 */
static size_t t_mem_read(void *ctx __unused, uintptr_t addr, void *buf,
			 size_t len)
{
	size_t done = 0;

	if (addr % 4 || len % 4 || len > WORD_READ_MAX)
		return uk_nofault_memcpy(buf, (const void *)addr, len,
					 UK_NOFAULT_NOREPORT);
	for (; done < len; done += 4) {
		uint32_t w;

		if (uk_nofault_try_read(&w, addr + done) < 0)
			break;
		memcpy((char *)buf + done, &w, 4);
	}
	return done;
}

static size_t t_mem_write(void *ctx __unused, uintptr_t addr, const void *buf,
			  size_t len)
{
	return uk_nofault_memcpy((void *)addr, buf, len, UK_NOFAULT_NOREPORT);
}

static size_t t_text_write(void *ctx __unused, uintptr_t addr, const void *buf,
			   size_t len)
{
	return gdb_arch_text_write(addr, buf, len);
}

static int t_hw_insert(void *ctx __unused, enum uk_gdbstub_hw type,
		       uintptr_t addr, size_t len)
{
	return gdb_arch_hw_insert(type, addr, len);
}

static int t_hw_remove(void *ctx __unused, enum uk_gdbstub_hw type,
		       uintptr_t addr, size_t len)
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
	.memory_map = gdb_glue_memory_map,
	.text_write = t_text_write,
	.hw_insert = t_hw_insert,
	.hw_remove = t_hw_remove,
	.hw_remove_all = t_hw_remove_all,
	.monitor = gdb_glue_monitor,
	.threads = GDB_GLUE_THREADS,
	.core_size = GDB_GLUE_CORE_SIZE,
	.core_read = GDB_GLUE_CORE_READ,
};

const struct uk_gdbstub_target gdb_glue_target = {
	.arch = &gdb_arch,
	.ops = &gdb_ops,
};
