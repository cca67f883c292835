/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What each architecture provides to uktest (lib/uktest/arch/<arch>/
 * jmp.S): a saved place in the runner that a crashed case resumes at,
 * setjmp/longjmp-like. The saved state is the callee-saved registers
 * (general and, on arm64, d8-d15), the stack pointer and the return
 * address; nothing else is needed to come back into a C caller.
 */
#ifndef UKTEST_ARCH_H
#define UKTEST_ARCH_H

struct uktest_jmp {
	unsigned long r[22];
};

/*
 * Save the caller's place in @j and return 0; return 1 when
 * uktest_arch_resume(@j) comes back to it.
 */
__attribute__((returns_twice)) int uktest_arch_save(struct uktest_jmp *j);

/*
 * Resume at the place saved in @j, its uktest_arch_save() returning 1.
 * The caller of that save must not have returned. Interrupts stay as they
 * are: the runner puts back its own state.
 */
__attribute__((noreturn)) void uktest_arch_resume(struct uktest_jmp *j);

#endif /* UKTEST_ARCH_H */
