/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The debug channel: a byte channel to a host-side debugger, separate from
 * the console (run-qemu --debug-port). x86_64 `pc`: COM2 (0x2f8, IRQ 3);
 * x86_64 `microvm` and arm64 `virt`: a virtio-console on virtio-mmio, which
 * moves a whole buffer per notification. All functions but
 * ukplat_dbgchan_init are safe in exception context with interrupts masked.
 */
#ifndef UK_PLAT_DBGCHAN_H
#define UK_PLAT_DBGCHAN_H

#include <uk/essentials.h>

/*
 * Find and set up the channel. Return 0, or -1 when the machine has none
 * (then every other function fails or does nothing). Call once, late in
 * boot (after interrupts are up); repeated calls return the first result.
 */
int ukplat_dbgchan_init(void);

/* Name of the channel in use ("COM2", "virtio-console"), or NULL. */
const char *ukplat_dbgchan_name(void);

/* Return the next received byte, or -1 when none is waiting (polled). */
int ukplat_dbgchan_trygetc(void);

/* Queue @len bytes for the host; they leave at the latest on flush. */
void ukplat_dbgchan_write(const char *buf, size_t len);

/* Push queued bytes to the host now (one notification for virtio). */
void ukplat_dbgchan_flush(void);

/*
 * Call @fn from the channel's receive interrupt whenever bytes arrive while
 * the guest runs (@fn then drains them with ukplat_dbgchan_trygetc). NULL
 * turns the interrupt off. Return 0, or -1 if the channel has no interrupt.
 */
int ukplat_dbgchan_set_rx_handler(void (*fn)(void));

#endif /* UK_PLAT_DBGCHAN_H */
