/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Thread contexts: what a thread that is not running resumes with. Each
 * architecture defines struct ukarch_ctx in <uk/asm/ctx.h> and implements:
 *
 *   void ukarch_ctx_init(struct ukarch_ctx *c, unsigned long stack_top,
 *                        unsigned long stack_guard,
 *                        void (*entry)(void *), void *arg);
 *       a context that, switched to, calls entry(arg) on the stack ending
 *       at @stack_top, as the outermost frame (entry must not return);
 *       @stack_guard is the lowest address of the guard page below it
 *   void ukarch_ctx_switch(struct ukarch_ctx *prev, struct ukarch_ctx *next);
 *       save the caller's context in @prev and resume @next; returns when
 *       something switches back to @prev. Call with interrupts masked.
 *   unsigned long ukarch_ctx_pc(const struct ukarch_ctx *c);  and _sp, _fp
 *
 * A saved context is exact for the callee-saved registers, the stack and
 * frame pointers and the PC (the return address into the caller of
 * ukarch_ctx_switch, so a debugger unwinds from it as from any call), and
 * for the whole FP/SIMD state, which is switched eagerly: application code
 * uses it, kernel code never does (-mgeneral-regs-only), so the switch is
 * the one place it can change hands. The caller-saved general registers
 * are dead across the call and not kept.
 */
#ifndef UK_ARCH_CTX_H
#define UK_ARCH_CTX_H

#include <uk/essentials.h>
#include <uk/asm/ctx.h>

void ukarch_ctx_init(struct ukarch_ctx *c, unsigned long stack_top,
		     unsigned long stack_guard, void (*entry)(void *),
		     void *arg);

void ukarch_ctx_switch(struct ukarch_ctx *prev, struct ukarch_ctx *next);

#endif /* UK_ARCH_CTX_H */
