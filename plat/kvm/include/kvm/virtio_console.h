/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The virtio-console driver on virtio-mmio (plat/kvm/common/virtio_console.c),
 * shared by arm64 `virt` and x86_64 `microvm`: one port, used as the debug
 * channel; with MULTIPORT the first port the device announces (run-qemu's
 * `virtserialport` on port 1: QEMU holds its output back for a slow reader
 * instead of dropping it), else port 0. Each architecture's dbgchan.c maps
 * kvm_dbgchan_* onto these functions. All but the probe are safe in
 * exception context with interrupts masked: they work by polling the rings.
 */
#ifndef KVM_VIRTIO_CONSOLE_H
#define KVM_VIRTIO_CONSOLE_H

#include <uk/essentials.h>

#if CONFIG_KVM_VIRTIO_CONSOLE

/*
 * Scan the virtio-mmio slots for a console (DeviceID 3), reset it, set up
 * its queues, find and open its port (MULTIPORT's control handshake) and
 * pre-post the receive buffers. Returns 0 when a port is ready, -1 when
 * there is none (or CONFIG_KVM_VIRTIO_CONSOLE is off). Repeated calls
 * return the first result.
 */
int kvm_virtio_console_probe(void);

/* Return the next received byte, or -1 when none is waiting. */
int kvm_virtio_console_trygetc(void);

/*
 * Queue @len bytes for the host. A full transmit buffer is sent at once;
 * the rest leaves on kvm_virtio_console_flush().
 */
void kvm_virtio_console_write(const char *buf, size_t len);

/*
 * The free part of the transmit buffer being filled, at least one byte
 * (waits for the device to return one): its size, with *@buf set. Fill it
 * and pass the count to kvm_virtio_console_write_commit(): bulk output
 * without a copy in between.
 */
size_t kvm_virtio_console_write_room(char **buf);

/* Queue the first @len bytes of the room returned last. */
void kvm_virtio_console_write_commit(size_t len);

/*
 * Send the queued bytes now (one QueueNotify for all of them) and return
 * once the device has taken them, so nothing flushed is lost to a shutdown.
 */
void kvm_virtio_console_flush(void);

/*
 * Call @fn from the device's interrupt when bytes arrive; @fn drains them
 * with kvm_virtio_console_trygetc(). Bytes already waiting raise no
 * interrupt: poll once after setting @fn. NULL masks the interrupt again.
 * Returns 0, or -1 when there is no console or its interrupt line cannot
 * be registered.
 */
int kvm_virtio_console_set_rx_handler(void (*fn)(void));

/*
 * With interrupts masked, after kvm_virtio_console_trygetc() found
 * nothing: idle the CPU until input may have arrived (kvm_irq_wait: the
 * handler does not run). May return early (try again); returns at once
 * without a handler set: there is no interrupt then.
 */
void kvm_virtio_console_wait_rx(void);

#else /* !CONFIG_KVM_VIRTIO_CONSOLE: there is never a console */

static inline int kvm_virtio_console_probe(void)
{
	return -1;
}

static inline int kvm_virtio_console_trygetc(void)
{
	return -1;
}

static inline void kvm_virtio_console_write(const char *buf __unused,
					    size_t len __unused)
{
}

static inline size_t kvm_virtio_console_write_room(char **buf __unused)
{
	return 0;
}

static inline void kvm_virtio_console_write_commit(size_t len __unused)
{
}

static inline void kvm_virtio_console_flush(void)
{
}

static inline int kvm_virtio_console_set_rx_handler(void (*fn)(void) __unused)
{
	return -1;
}

static inline void kvm_virtio_console_wait_rx(void)
{
}

#endif /* CONFIG_KVM_VIRTIO_CONSOLE */

#endif /* KVM_VIRTIO_CONSOLE_H */
