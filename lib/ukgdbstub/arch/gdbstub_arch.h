/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What each architecture provides to the stub's kernel glue, implemented in
 * lib/ukgdbstub/arch/<arch>/ (listed by its Makefile.uk, built when the
 * architecture selects ARCH_HAS_GDBSTUB). Everything runs with the CPU
 * stopped in a trap, interrupts masked, but gdb_arch_break(), which raises
 * one. The architecture also defines uk_gdbstub_break() (<uk/gdbstub.h>):
 * its breakpoint instruction, compiled in.
 */
#ifndef UKGDBSTUB_ARCH_H
#define UKGDBSTUB_ARCH_H

#include <uk/gdbstub.h>
#include <uk/arch/traps.h>

/* Register table, target.xml, triple and breakpoint instruction. */
extern const struct uk_gdbstub_arch gdb_arch;

/*
 * Save the FP/SIMD state of the stopped CPU (on entry) /
 * load it back (on resume).
 */
void gdb_arch_fpu_save(void);
void gdb_arch_fpu_restore(void);

/* Trap frame (+ saved FP state) to and from the register image in 'g' order. */
int gdb_arch_regs_read(const struct ukarch_trapctx *ctx, uint8_t *image,
		       size_t len);
int gdb_arch_regs_write(struct ukarch_trapctx *ctx, const uint8_t *image,
			size_t len);

struct uk_thread;

/*
 * Registers of thread @t, which is not running (built with uksched): its
 * interrupted frame when an interrupt preempted it (all known), else what
 * its saved context keeps; FP/SIMD from its context. read fills @image in
 * 'g' order and sets bit n of @known for each register it knows; write
 * gives @t the known registers of @image, to resume with. 0, or -1 when
 * @len is not the image's size.
 */
int gdb_arch_thread_regs_read(const struct uk_thread *t, uint8_t *image,
			      size_t len, uint8_t *known);
int gdb_arch_thread_regs_write(struct uk_thread *t, const uint8_t *image,
			       size_t len);

/*
 * Write @len bytes of code at @addr even into read-only text, then make
 * the CPU see them (arm64: clean D-cache, invalidate I-cache). Return the
 * bytes written (short on a fault).
 */
size_t gdb_arch_text_write(uintptr_t addr, const void *buf, size_t len);

/*
 * Hardware breakpoints and watchpoints (type 1 exec, 2 write, 3 read, 4
 * access): as the hw_* operations of struct uk_gdbstub_ops. They change
 * what the CPU will watch once resumed; while stopped nothing is armed.
 */
int gdb_arch_hw_insert(int type, uintptr_t addr, size_t len);
int gdb_arch_hw_remove(int type, uintptr_t addr, size_t len);
void gdb_arch_hw_remove_all(void);

/*
 * Called first on every entry into the stub. Describe why the CPU stopped
 * in @ctx (signal, swbreak/hwbreak/watch and the data address) and
 * normalise the frame: x86_64 moves RIP back onto an int3 the stub
 * placed, so a breakpoint is always reported at its address; a step that
 * ended is disarmed. Any trap may come here (a crash entry): it is
 * reported with its signal (SIGSEGV, SIGILL, ...). Also disarm the debug
 * hardware while stopped, so that the stub's own memory accesses do not
 * trigger watchpoints.
 */
void gdb_arch_stop_reason(struct ukarch_trapctx *ctx,
			  struct uk_gdbstub_stop *stop,
			  bool (*is_stub_bp)(uintptr_t addr));

/*
 * Return true when a single step from the stop is complete without running
 * anything, having moved the PC past a compiled-in breakpoint instruction
 * (uk_gdbstub_break) that resuming skips: arm64's BRK, where the stop left
 * the PC on it (not @is_stub_bp, one of the stub's). x86_64's int3 is
 * already behind RIP: always false there.
 */
bool gdb_arch_step_skips_break(struct ukarch_trapctx *ctx, bool is_stub_bp);

/*
 * Stop in the stub from here, reported with @signal: the compiled-in
 * breakpoint at a site of its own, with @signal where the trap frame
 * keeps it. For a stop the debugger asked for where no interrupted frame
 * exists (input polled outside the receive interrupt). Returns when the
 * debugger resumes the guest.
 */
void gdb_arch_break(int signal);

/* The signal gdb_arch_break() was called with, when @ctx is the
 * breakpoint trap it raised (before gdb_arch_stop_reason); else 0. */
int gdb_arch_break_signal(const struct ukarch_trapctx *ctx);

/*
 * Prepare the frame for resuming: @step arms single step (x86_64 TF with
 * IF masked, arm64 MDSCR_EL1.SS + SPSR.SS) or disarms it; a compiled-in
 * breakpoint (uk_gdbstub_break) at the resume PC is skipped. Re-arm the
 * debug hardware with the breakpoints and watchpoints placed.
 */
void gdb_arch_resume(struct ukarch_trapctx *ctx, bool step, bool is_stub_bp);

#endif /* UKGDBSTUB_ARCH_H */
