/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Generic boot: the platform calls uk_boot_entry() once the CPU, the console,
 * the memory map, the clock and interrupts are ready. It prints the banner,
 * sets up the allocators, runs the init table and calls main().
 */
#ifndef UK_BOOT_H
#define UK_BOOT_H

#include <uk/essentials.h>

/* Entered by platform code; never returns (halts with main's status). */
__noreturn void uk_boot_entry(void);

/* Nanoseconds since boot at which main() was entered (0 before). */
uint64_t uk_boot_main_entry_ns(void);

/*
 * Look up the kernel parameter @name ("uk.debug_wait") among the words of
 * the boot command line before a standalone "--" (all of them when there
 * is none). When present as "name=value" or a bare "name", copy the value
 * ("" for a bare name), truncated to @size - 1 bytes, into @buf and return
 * true; else return false.
 */
bool uk_boot_param(const char *name, char *buf, size_t size);

#endif /* UK_BOOT_H */
