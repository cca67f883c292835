/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the host tests put in place of the kernel around the library
 * files: a console that records (kernel messages included), a crash
 * handler that a test can catch (to check that a double free is detected)
 * instead of aborting, and an interrupt-masking depth.
 */
#ifndef HOST_STUBS_H
#define HOST_STUBS_H

#include <setjmp.h>
#include <stddef.h>

/* Everything written with ukplat_cons_write(), NUL-terminated. */
extern char host_console[65536];
extern size_t host_console_len;
void host_console_reset(void);

/* Interrupt-masked sections entered and not left (include/uk/asm/lcpu.h). */
extern int host_irq_depth;

/* When not NULL, _uk_crash() stores its message and longjmps here. */
extern jmp_buf *host_crash_jmp;
extern char host_crash_msg[256];

#endif /* HOST_STUBS_H */
