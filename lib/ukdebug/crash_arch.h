/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What each architecture provides to the crash screen, implemented in
 * lib/ukdebug/arch/<arch>/. Everything here runs in trap context on a
 * possibly broken system: no allocation, no locks, output only through
 * crash_line().
 */
#ifndef UKDEBUG_CRASH_ARCH_H
#define UKDEBUG_CRASH_ARCH_H

#include <uk/arch/traps.h>

/* Print one "CRIT: "-prefixed line of a crash report (crash_line.c). */
void crash_line(const char *fmt, ...) __printf(1, 2);

/*
 * Print the register block: x86_64 "RIP: cs:rip", "RSP: ss:rsp EFLAGS: ..
 * ORIG RAX: <error code>", then the general registers three per line, and
 * "CR2: " for page faults; arm64 "PC", "LR", "SP", "PSTATE", "ESR", "FAR",
 * then X0..X29 three per line.
 */
void crash_arch_regs(const struct ukarch_trapctx *ctx);

/*
 * Write the last line of the crash screen for a trap into @buf, e.g.
 * "Page fault at 0x0 (read, not present)", "Invalid opcode".
 */
void crash_arch_describe(const struct ukarch_trapctx *ctx, char *buf,
			 size_t len);

/* A way to crash on purpose, for the shell's `crash <kind>`. */
struct crash_kind {
	const char *name;
	const char *help;
	void (*provoke)(void);
};

/*
 * The architecture's own kinds: at least "undef" (invalid instruction) and
 * "bp" (breakpoint instruction); x86_64 adds "div0", arm64 "unaligned-sp".
 * Terminated by an entry with a NULL name.
 */
extern const struct crash_kind crash_arch_kinds[];

#endif /* UKDEBUG_CRASH_ARCH_H */
