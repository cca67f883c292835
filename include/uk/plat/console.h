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

/*
 * Hand console output to @fn instead of the UART (NULL: the UART again).
 * @fn gets the text as written ("\n", not "\r\n") and returns false to
 * let the UART have it after all. For a debugger sharing the UART, whose
 * peer expects packets, not raw text.
 */
void ukplat_cons_set_sink(bool (*fn)(const char *buf, size_t len));

/*
 * Show @fn each byte the console receives before any reader sees it, from
 * the receive interrupt (interrupts masked); the bytes it returns true for
 * are taken from the console. Bytes already waiting for a reader are shown
 * at once. NULL: no filter. For a debugger sharing the UART.
 */
void ukplat_cons_set_rx_filter(bool (*fn)(int c));

/* The interrupt character: Ctrl-C. */
#define UKPLAT_CONS_INTR 0x03

/*
 * Call @fn, from the receive interrupt (interrupts masked), for each
 * UKPLAT_CONS_INTR the console receives that the receive filter does not
 * claim, and take that byte from the console: no reader sees it. Those
 * already waiting for a reader are handled at once. NULL: the interrupt
 * character is an ordinary byte again. For the shell, to end a running
 * command. When the receive ring is full (input typed ahead and not read),
 * the UART holds further bytes back, Ctrl-C among them, until a reader
 * makes room.
 */
void ukplat_cons_set_intr_handler(void (*fn)(void));

/*
 * Call @fn from the receive interrupt (interrupts masked) whenever bytes
 * became available to ukplat_cons_trygetc(). For a reader that blocks its
 * thread instead of the CPU: a scheduler's wait queue. NULL: none.
 */
void ukplat_cons_set_rx_notify(void (*fn)(void));

#endif /* UK_PLAT_CONSOLE_H */
