/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Platform console: the UART the banner, the logs and the shell use.
 * Output is polled and safe in any context, including trap handlers.
 */
#ifndef UK_PLAT_CONSOLE_H
#define UK_PLAT_CONSOLE_H

#include <uk/essentials.h>

/* Write @len bytes of @buf to the console, "\n" becoming "\r\n". */
void ukplat_cons_write(const char *buf, size_t len);

/* Return the next received byte (0..255), or -1 when none is waiting. */
int ukplat_cons_trygetc(void);

/*
 * Return the next received byte, sleeping until the receive interrupt
 * when none is waiting (the CPU idles instead of spinning).
 */
int ukplat_cons_getc(void);

#endif /* UK_PLAT_CONSOLE_H */
