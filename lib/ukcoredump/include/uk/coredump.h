/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukcoredump: the guest as an ELF core file that stock gdb and LLDB open
 * with the image (docs/crashdump.md): one NT_PRSTATUS and NT_FPREGSET
 * per thread, the image's build-id, LANTERN notes (the reason, the kernel
 * messages, the ukstore entries) and the memory that matters (.data,
 * .bss, the stacks, the heap in use up to CONFIG_LIBUKCOREDUMP_HEAP_MAX).
 *
 * Nothing is allocated and nothing is copied up front: a dump is laid out
 * (its size known) and then read at any offset, so the crash path can
 * stream it on the console and a debugger can fetch any part of it.
 * Memory is read through nofault: what cannot be read is left out. One
 * dump at a time; call with interrupts masked.
 */
#ifndef UK_COREDUMP_H
#define UK_COREDUMP_H

#include <uk/essentials.h>
#include <uk/arch/traps.h>

/* The line a fault while dumping prints before the guest halts. */
#define UK_COREDUMP_FAULT_LINE "coredump: fault while writing the dump, stopped"

/* Receives one console line of a dump, with its newline, @len bytes. */
typedef void (*uk_coredump_line_fn)(void *arg, const char *line, size_t len);

#if CONFIG_LIBUKCOREDUMP

/*
 * Lay out a dump of the guest as it is now: the running thread (first)
 * with the registers @regs and signal @sig (0: none), the other threads
 * from what they resume with; @reason goes to the LANTERN INFO note.
 * Return the size of the file in bytes.
 */
uint64_t uk_coredump_prepare(const struct __regs *regs, int sig,
			     const char *reason);

/* The size in bytes of the dump laid out last (0: none yet). */
uint64_t uk_coredump_size(void);

/* Copy bytes [@off, @off + @len) of the dump laid out last into @buf. */
void uk_coredump_read(uint64_t off, void *buf, size_t len);

/*
 * Write the dump laid out last in the console encoding
 * (-----BEGIN LANTERN CORE ...), a line at a time, to @out.
 */
void uk_coredump_write_lines(uk_coredump_line_fn out, void *arg);

/*
 * Write a dump of the running guest on the console and go on: the
 * caller's thread first, with its registers at this call (shell `dump`).
 */
void uk_coredump_console_now(void);

#endif /* CONFIG_LIBUKCOREDUMP */

#endif /* UK_COREDUMP_H */
