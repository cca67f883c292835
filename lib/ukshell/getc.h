/* SPDX-License-Identifier: BSD-3-Clause */
/* The shell's console read: blocks the CPU, or only its thread. */
#ifndef UKSHELL_GETC_H
#define UKSHELL_GETC_H

/* The next byte typed on the console, waiting for it. */
int shell_getc(void);

#endif /* UKSHELL_GETC_H */
