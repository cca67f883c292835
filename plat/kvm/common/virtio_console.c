/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A virtio-console (device type 3) as a polled byte channel: the debug
 * channel on arm64 `virt` and x86_64 `microvm` (<kvm/virtio_console.h>).
 * One port, no MULTIPORT: queue 0 receives, queue 1 transmits. Receive
 * buffers are all posted up front and re-posted as soon as their last byte
 * is read; QEMU holds back input while none is posted, so nothing is lost.
 * Output is copied into transmit buffers that go to the device whole, one
 * notification per full buffer or per flush: a debugger's packet costs one
 * exit, not one per byte as on a UART. Everything works with interrupts
 * masked by polling the used rings; the interrupt tells a registered
 * handler that input arrived while the guest ran, and ends a wait for
 * input (kvm_virtio_console_wait_rx) while it is stopped.
 *
 * QEMU's virtconsole returns a transmit buffer as done even when its
 * backend took only part of it (a TCP peer reading slower than the guest
 * writes): the rest is dropped, not held back. A debugger's request and
 * reply never come near that; a guest writing megabytes flat out can.
 */
#include <string.h>
#include <uk/plat/irq.h>
#include <uk/print.h>
#include <kvm/irq.h>
#include <kvm/virtio_console.h>
#include <kvm/virtio_mmio.h>
#include <kvm/virtio_ring.h>

#define QUEUE_RX    0
#define QUEUE_TX    1
#define RX_BUFS	    8 /* queue sizes: powers of two */
#define RX_BUF_SIZE 2048
#define TX_BUFS	    4
#define TX_BUF_SIZE 16384 /* a debugger's packet in a few notifications */
#define ISR_USED    1

static struct kvm_virtio_mmio_dev dev;
static int probed; /* 0 not yet, 1 ready, -1 no console */

static struct kvm_virtq rxq, txq;
static uint8_t rxq_mem[KVM_VIRTQ_MEM_SIZE] __aligned(4096);
static uint8_t txq_mem[KVM_VIRTQ_MEM_SIZE] __aligned(4096);

static char rx_buf[RX_BUFS][RX_BUF_SIZE];
static int rx_cur = -1; /* buffer being read, or -1 */
static uint32_t rx_pos, rx_len;

static char tx_buf[TX_BUFS][TX_BUF_SIZE];
static bool tx_busy[TX_BUFS]; /* with the device */
static unsigned int tx_cur;   /* buffer being filled: the next in turn */
static uint32_t tx_fill;

static void (*rx_handler)(void);
static bool irq_registered;

static void notify(struct kvm_virtq *q, unsigned int index)
{
	if (!kvm_virtq_notify_suppressed(q))
		kvm_virtio_mmio_notify(&dev, index);
}

static void rx_post(unsigned int id)
{
	kvm_virtq_post(&rxq, id, rx_buf[id], RX_BUF_SIZE, true);
}

/*
 * Give buffer @id back. QEMU stops reading its backend only when the
 * queue is empty and resumes on a notification; while it still holds
 * another buffer, the notification (an exit per packet) can be saved.
 */
static void rx_repost(unsigned int id)
{
	rx_post(id);
	if (kvm_virtq_in_flight(&rxq) <= 1)
		notify(&rxq, QUEUE_RX);
}

int kvm_virtio_console_probe(void)
{
	if (probed)
		return probed > 0 ? 0 : -1;
	probed = -1;
	if (kvm_virtio_mmio_open(VIRTIO_ID_CONSOLE, &dev) < 0)
		return -1;
	kvm_virtq_init(&rxq, rxq_mem, RX_BUFS);
	kvm_virtq_init(&txq, txq_mem, TX_BUFS);
	if (kvm_virtio_mmio_queue(&dev, QUEUE_RX, &rxq) < 0 ||
	    kvm_virtio_mmio_queue(&dev, QUEUE_TX, &txq) < 0) {
		uk_pr_warn("virtio-console at %#lx: queues not usable\n",
			   dev.base);
		return -1;
	}
	for (unsigned int i = 0; i < RX_BUFS; i++)
		rx_post(i);
	/* Buffers may be posted before DRIVER_OK, but not notified. */
	if (kvm_virtio_mmio_ready(&dev) < 0) {
		uk_pr_warn("virtio-console at %#lx: device refused to start\n",
			   dev.base);
		return -1;
	}
	notify(&rxq, QUEUE_RX);
	probed = 1;
	uk_pr_info("virtio-console at %#lx (%s transport, irq %u)\n", dev.base,
		   dev.version == 1 ? "legacy" : "modern", dev.irq);
	return 0;
}

int kvm_virtio_console_trygetc(void)
{
	uint32_t len;
	int id, c;

	if (probed <= 0)
		return -1;
	while (rx_cur < 0) {
		id = kvm_virtq_take_used(&rxq, &len);
		if (id < 0)
			return -1;
		if (id >= RX_BUFS) /* not ours: a device bug, skip it */
			continue;
		rx_cur = id;
		rx_pos = 0;
		rx_len = MIN(len, (uint32_t)RX_BUF_SIZE);
		if (rx_len == 0) {
			rx_repost(id);
			rx_cur = -1;
		}
	}
	c = (unsigned char)rx_buf[rx_cur][rx_pos++];
	/* Give the buffer back at once: the device may have more waiting. */
	if (rx_pos == rx_len) {
		rx_repost(rx_cur);
		rx_cur = -1;
	}
	return c;
}

static void tx_reclaim(void)
{
	uint32_t len;
	int id;

	while ((id = kvm_virtq_take_used(&txq, &len)) >= 0)
		if (id < TX_BUFS)
			tx_busy[id] = false;
}

static void tx_submit(void)
{
	kvm_virtq_post(&txq, tx_cur, tx_buf[tx_cur], tx_fill, false);
	tx_busy[tx_cur] = true;
	notify(&txq, QUEUE_TX);
	tx_cur = (tx_cur + 1) % TX_BUFS;
	tx_fill = 0;
}

void kvm_virtio_console_write(const char *buf, size_t len)
{
	if (probed <= 0)
		return;
	while (len) {
		size_t n = MIN(len, (size_t)(TX_BUF_SIZE - tx_fill));

		/* The device returns buffers in turn; wait for the next one. */
		while (tx_busy[tx_cur])
			tx_reclaim();
		memcpy(tx_buf[tx_cur] + tx_fill, buf, n);
		tx_fill += n;
		buf += n;
		len -= n;
		if (tx_fill == TX_BUF_SIZE)
			tx_submit();
	}
}

size_t kvm_virtio_console_write_room(char **buf)
{
	if (probed <= 0)
		return 0;
	while (tx_busy[tx_cur])
		tx_reclaim();
	*buf = tx_buf[tx_cur] + tx_fill;
	return TX_BUF_SIZE - tx_fill;
}

void kvm_virtio_console_write_commit(size_t len)
{
	if (probed <= 0)
		return;
	tx_fill += MIN(len, (size_t)(TX_BUF_SIZE - tx_fill));
	if (tx_fill == TX_BUF_SIZE)
		tx_submit();
}

/*
 * Return when the device has taken every buffer (QEMU: written it to the
 * chardev), so bytes flushed before a shutdown are not lost with it.
 */
void kvm_virtio_console_flush(void)
{
	if (probed <= 0)
		return;
	if (tx_fill)
		tx_submit();
	for (unsigned int i = 0; i < TX_BUFS; i++)
		while (tx_busy[i])
			tx_reclaim();
}

static int vcon_irq(void *arg __unused)
{
	uint32_t pending = kvm_virtio_mmio_irq_ack(&dev);

	if ((pending & ISR_USED) && rx_handler)
		rx_handler();
	return pending != 0;
}

/*
 * The used-buffer interrupt is on while a handler is set. Acknowledged
 * first, the line is low, and a buffer the device returns from then on
 * raises it again: before the look at the ring, the look finds it; after,
 * the wait ends at once. Nothing is lost between the look and the wait.
 * No handler acknowledges the interrupt that ends the wait: this does, or
 * x86's edge-triggered line would stay high and never signal again.
 */
void kvm_virtio_console_wait_rx(void)
{
	if (probed <= 0 || !rx_handler)
		return;
	kvm_virtio_mmio_irq_ack(&dev);
	if (kvm_virtq_has_used(&rxq))
		return;
	kvm_irq_wait(dev.irq);
	kvm_virtio_mmio_irq_ack(&dev);
}

/*
 * Bytes that arrived before the handler was set raised no interrupt (they
 * were posted with interrupts suppressed): the caller polls once after.
 */
int kvm_virtio_console_set_rx_handler(void (*fn)(void))
{
	if (probed <= 0)
		return -1;
	if (fn && !irq_registered) {
		if (ukplat_irq_register(dev.irq, vcon_irq, NULL) < 0)
			return -1;
		irq_registered = true;
	}
	if (fn) {
		rx_handler = fn;
		kvm_virtq_interrupts(&rxq, true);
	} else {
		kvm_virtq_interrupts(&rxq, false);
		rx_handler = NULL;
	}
	return 0;
}
