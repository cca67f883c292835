/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The debug channel: a byte channel to a host-side debugger. Either the
 * machine's dedicated one, separate from the console (run-qemu
 * --debug-port): COM2 (0x2f8, IRQ 3) on x86_64 `pc`, a virtio-console on
 * virtio-mmio on x86_64 `microvm` and arm64 `virt`, which moves a whole
 * buffer per notification. Or the console's own UART, shared: the
 * debugger's bytes are filtered out of the console's input, and while it
 * is attached the console's output is its to carry (ukplat_cons_set_sink).
 * All functions but ukplat_dbgchan_init are safe in exception context with
 * interrupts masked.
 */
#ifndef UK_PLAT_DBGCHAN_H
#define UK_PLAT_DBGCHAN_H

#include <uk/essentials.h>

enum ukplat_dbgchan_kind {
	UKPLAT_DBGCHAN_DEDICATED, /* the machine's own, if it has one */
	UKPLAT_DBGCHAN_CONSOLE,	  /* the console's UART, shared */
};

/*
 * Set up the channel of @kind. Return 0, or -1 when the machine has none
 * (then every other function fails or does nothing). Call once, after
 * interrupts are up.
 */
int ukplat_dbgchan_init(enum ukplat_dbgchan_kind kind);

/* Name of the channel in use ("COM2", "virtio-console", "console"), or
 * NULL. */
const char *ukplat_dbgchan_name(void);

/* Return the next received byte, or -1 when none is waiting (polled). */
int ukplat_dbgchan_trygetc(void);

/*
 * Wait for the next received byte and return it; -1 only when there is no
 * channel. For a debugger that has the CPU stopped: on a dedicated channel
 * whose receive interrupt is on (a handler is set), the CPU idles until
 * that interrupt instead of spinning, with every interrupt still masked
 * for the rest of the system: no handler runs, the bytes are this call's.
 * The interrupt state on return is that on entry. The shared console and
 * a channel without interrupt are polled.
 */
int ukplat_dbgchan_getc(void);

/* Queue @len bytes for the host, unchanged; they leave at the latest on
 * flush. */
void ukplat_dbgchan_write(const char *buf, size_t len);

/*
 * Room in the channel's own send buffer, to fill in place and queue with
 * ukplat_dbgchan_write_commit(): bulk output without a copy. Return its
 * size with *@buf set, waiting for a buffer the host has taken if need
 * be; 0 when the channel sends as it is written (a UART): use
 * ukplat_dbgchan_write() then.
 */
size_t ukplat_dbgchan_write_room(char **buf);

/* Queue the first @len bytes of the room returned last. */
void ukplat_dbgchan_write_commit(size_t len);

/* Push queued bytes to the host now (one notification for virtio). */
void ukplat_dbgchan_flush(void);

/*
 * Call @fn from the channel's receive interrupt with each byte that
 * arrives while the guest runs, and at once with each byte already
 * waiting (then outside any interrupt). @fn returns whether the debugger
 * took the byte; on the console the bytes it leaves go to the console's
 * readers, on a dedicated channel they are dropped. @fn may read on with
 * ukplat_dbgchan_trygetc. NULL turns the interrupt off. Return 0, or -1 if
 * the channel has no interrupt.
 */
int ukplat_dbgchan_set_rx_handler(bool (*fn)(int c));

#endif /* UK_PLAT_DBGCHAN_H */
