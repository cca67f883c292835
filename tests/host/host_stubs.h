/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the host tests put in place of the kernel around the library
 * files: a console that records, and a crash handler that a test can
 * catch (to check that a double free is detected) instead of aborting.
 */
#ifndef HOST_STUBS_H
#define HOST_STUBS_H

#include <setjmp.h>
#include <stddef.h>

/* Everything written with ukplat_cons_write(), NUL-terminated. */
extern char host_console[65536];
extern size_t host_console_len;
void host_console_reset(void);

/* When not NULL, _uk_crash() stores its message and longjmps here. */
extern jmp_buf *host_crash_jmp;
extern char host_crash_msg[256];

#endif /* HOST_STUBS_H */
