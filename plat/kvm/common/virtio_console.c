/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A virtio-console (device type 3) as a polled byte channel: the debug
 * channel on arm64 `virt` and x86_64 `microvm` (<kvm/virtio_console.h>).
 * Receive buffers are all posted up front and re-posted as soon as their
 * last byte is read; QEMU holds back input while none is posted, so nothing
 * is lost. Output is copied into transmit buffers that go to the device
 * whole, one notification per full buffer or per flush: a debugger's packet
 * costs one exit, not one per byte as on a UART. Everything works with
 * interrupts masked by polling the used rings; the interrupt tells a
 * registered handler that input arrived while the guest ran, and ends a
 * wait for input (kvm_virtio_console_wait_rx) while it is stopped.
 *
 * Ports (MULTIPORT, virtio 1.2 section 5.3.6.2): QEMU's console port
 * (`virtconsole`) returns a transmit buffer as done even when its backend
 * took only part of it (a TCP peer reading slower than the guest writes),
 * dropping the rest; a plain port (`virtserialport`) holds the buffer until
 * the backend took it all. Plain ports need MULTIPORT, since port 0 is the
 * console's, so it is accepted when offered and the first port the device
 * announces on the control queues is used, port 0 (queues 0/1) or port 1
 * (queues 4/5): the ports whose queues are set up before DRIVER_OK, as
 * virtio asks, since which one exists is only known after it. run-qemu
 * adds port 1. Without MULTIPORT there is port 0 only, a console.
 */
#include <string.h>
#include <uk/plat/irq.h>
#include <uk/print.h>
#include <kvm/irq.h>
#include <kvm/virtio_console.h>
#include <kvm/virtio_mmio.h>
#include <kvm/virtio_ring.h>

#define RX_BUFS	    8 /* queue sizes: powers of two */
#define RX_BUF_SIZE 2048
#define TX_BUFS	    4
#define TX_BUF_SIZE 16384 /* a debugger's packet in a few notifications */
#define ISR_USED    1

#define F_MULTIPORT	 (1U << 1)
#define CFG_MAX_NR_PORTS 4 /* config space: le16 cols, rows; le32 ports */
#define PORTS		 2 /* ports 0 and 1 have queues */
#define NO_PORT		 0xffffffffU
#define CTRL_RXQ	 2
#define CTRL_TXQ	 3
#define CTRL_BUFS	 8   /* announcements come a few at a time */
#define CTRL_BUF_SIZE	 128 /* PORT_NAME carries the name after it */
#define EV_DEVICE_READY	 0
#define EV_DEVICE_ADD	 1
#define EV_PORT_READY	 3
#define EV_PORT_OPEN	 6

struct vcon_control {
	uint32_t id; /* port */
	uint16_t event;
	uint16_t value;
};

static struct kvm_virtio_mmio_dev dev;
static int probed; /* 0 not yet, 1 ready, -1 no console */

/* Port N's receive and transmit queues; rxq and txq: the port in use. */
static struct kvm_virtq portq[PORTS][2];
static uint8_t portq_mem[PORTS][2][KVM_VIRTQ_MEM_SIZE] __aligned(4096);
static bool port_has_queues[PORTS];
static struct kvm_virtq *rxq, *txq;
static unsigned int q_rx, q_tx;
static uint32_t port = NO_PORT;

static bool multiport;
static struct kvm_virtq ctrl_rxq, ctrl_txq;
static uint8_t ctrl_rxq_mem[KVM_VIRTQ_MEM_SIZE] __aligned(4096);
static uint8_t ctrl_txq_mem[KVM_VIRTQ_MEM_SIZE] __aligned(4096);
static char ctrl_rx_buf[CTRL_BUFS][CTRL_BUF_SIZE];
static struct vcon_control ctrl_tx_msg;

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
	kvm_virtq_post(rxq, id, rx_buf[id], RX_BUF_SIZE, true);
}

/*
 * Give buffer @id back. QEMU stops reading its backend only when the
 * queue is empty and resumes on a notification; while it still holds
 * another buffer, the notification (an exit per packet) can be saved.
 */
static void rx_repost(unsigned int id)
{
	rx_post(id);
	if (kvm_virtq_in_flight(rxq) <= 1)
		notify(rxq, q_rx);
}

/* Port 0 is the one without MULTIPORT; the others follow the control
 * queues. */
static int port_queues(unsigned int n)
{
	unsigned int base = n ? 2 * n + 2 : 0;

	kvm_virtq_init(&portq[n][0], portq_mem[n][0], RX_BUFS);
	kvm_virtq_init(&portq[n][1], portq_mem[n][1], TX_BUFS);
	if (kvm_virtio_mmio_queue(&dev, base, &portq[n][0]) < 0 ||
	    kvm_virtio_mmio_queue(&dev, base + 1, &portq[n][1]) < 0)
		return -1;
	port_has_queues[n] = true;
	return 0;
}

static void port_use(unsigned int n)
{
	port = n;
	rxq = &portq[n][0];
	txq = &portq[n][1];
	q_rx = n ? 2 * n + 2 : 0;
	q_tx = q_rx + 1;
	for (unsigned int i = 0; i < RX_BUFS; i++)
		rx_post(i);
}

/*
 * Send one control message and return once the device has handled it:
 * QEMU answers (into the control receive queue) before it returns the
 * buffer, so the answers are there to read then.
 */
static void ctrl_send(uint32_t id, uint16_t event, uint16_t value)
{
	uint32_t len;

	ctrl_tx_msg = (struct vcon_control){ id, event, value };
	kvm_virtq_post(&ctrl_txq, 0, &ctrl_tx_msg, sizeof(ctrl_tx_msg), false);
	notify(&ctrl_txq, CTRL_TXQ);
	while (kvm_virtq_take_used(&ctrl_txq, &len) < 0)
		;
}

/*
 * A port announced: it is told the driver is ready for it (every port,
 * as virtio asks), and the first usable one becomes ours, opened: QEMU
 * passes the host's bytes only to a port the guest opened. The receive
 * queue is notified after the opening: that notification is what makes
 * QEMU look at its socket again if the host sent bytes while the port was
 * closed (a debugger that connected during the boot); the opening alone
 * does not.
 */
static void ctrl_port_added(uint32_t id)
{
	ctrl_send(id, EV_PORT_READY, 1);
	if (port != NO_PORT || id >= PORTS || !port_has_queues[id])
		return;
	port_use(id);
	ctrl_send(id, EV_PORT_OPEN, 1);
	kvm_virtio_mmio_notify(&dev, q_rx);
}

static void tx_take_used(void)
{
	uint32_t len;
	int id;

	while ((id = kvm_virtq_take_used(txq, &len)) >= 0)
		if (id < TX_BUFS)
			tx_busy[id] = false;
}

/*
 * The host end closed (a debugger went away). QEMU then returns the
 * transmit buffers it held, before it says so, except the one whose
 * output it was waiting to write: that one it forgets, never used
 * (virtio_serial_close, QEMU 7.2). Every buffer still out after the
 * others came back is that one, or a writer would wait for it forever.
 * tx_submit reads this message first, so no newer buffer is out then.
 */
static void ctrl_host_closed(void)
{
	tx_take_used();
	for (unsigned int i = 0; i < TX_BUFS; i++)
		tx_busy[i] = false;
}

/*
 * Read what the device said on the control queue. QEMU drops a message
 * when no buffer is posted, so each goes back before it is acted on.
 * Besides port announcements, the host's PORT_OPEN (a debugger came or
 * went: QEMU drops the guest's output while none is connected), the
 * port's name and the console flag come; none needs an answer, a close
 * needs a transmit buffer back.
 */
static void ctrl_poll(void)
{
	struct vcon_control m;
	uint32_t len;
	int id;

	if (!multiport)
		return;
	while ((id = kvm_virtq_take_used(&ctrl_rxq, &len)) >= 0) {
		if (id >= CTRL_BUFS)
			continue;
		memcpy(&m, ctrl_rx_buf[id], sizeof(m));
		kvm_virtq_post(&ctrl_rxq, id, ctrl_rx_buf[id], CTRL_BUF_SIZE,
			       true);
		notify(&ctrl_rxq, CTRL_RXQ);
		if (len < sizeof(m))
			continue;
		if (m.event == EV_DEVICE_ADD)
			ctrl_port_added(m.id);
		else if (m.event == EV_PORT_OPEN && m.id == port && !m.value)
			ctrl_host_closed();
	}
}

/* The control queues and ports 0 and 1, before DRIVER_OK. */
static int multiport_queues(void)
{
	kvm_virtq_init(&ctrl_rxq, ctrl_rxq_mem, CTRL_BUFS);
	kvm_virtq_init(&ctrl_txq, ctrl_txq_mem, 1);
	if (port_queues(0) < 0 ||
	    kvm_virtio_mmio_queue(&dev, CTRL_RXQ, &ctrl_rxq) < 0 ||
	    kvm_virtio_mmio_queue(&dev, CTRL_TXQ, &ctrl_txq) < 0)
		return -1;
	if (kvm_virtio_mmio_config32(&dev, CFG_MAX_NR_PORTS) > 1 &&
	    port_queues(1) < 0)
		return -1;
	for (unsigned int i = 0; i < CTRL_BUFS; i++)
		kvm_virtq_post(&ctrl_rxq, i, ctrl_rx_buf[i], CTRL_BUF_SIZE,
			       true);
	return 0;
}

static int probe(void)
{
	if (kvm_virtio_mmio_open(VIRTIO_ID_CONSOLE, F_MULTIPORT, &dev) < 0)
		return -1;
	multiport = dev.features & F_MULTIPORT;
	if (multiport ? multiport_queues() < 0 : port_queues(0) < 0) {
		uk_pr_warn("virtio-console at %#lx: queues not usable\n",
			   dev.base);
		return -1;
	}
	/* Buffers may be posted before DRIVER_OK, but not notified. */
	if (!multiport)
		port_use(0);
	if (kvm_virtio_mmio_ready(&dev) < 0) {
		uk_pr_warn("virtio-console at %#lx: device refused to start\n",
			   dev.base);
		return -1;
	}
	if (!multiport) {
		notify(rxq, q_rx);
		return 0;
	}
	notify(&ctrl_rxq, CTRL_RXQ);
	ctrl_send(NO_PORT, EV_DEVICE_READY, 1);
	ctrl_poll();
	if (port == NO_PORT) {
		uk_pr_warn("virtio-console at %#lx: no port 0 or 1\n",
			   dev.base);
		return -1;
	}
	return 0;
}

int kvm_virtio_console_probe(void)
{
	if (probed)
		return probed > 0 ? 0 : -1;
	probed = -1;
	if (probe() < 0)
		return -1;
	probed = 1;
	uk_pr_info("virtio-console at %#lx (%s transport, irq %u, port %u%s)\n",
		   dev.base, dev.version == 1 ? "legacy" : "modern", dev.irq,
		   (unsigned int)port, multiport ? "" : ", no MULTIPORT");
	return 0;
}

int kvm_virtio_console_trygetc(void)
{
	uint32_t len;
	int id, c;

	if (probed <= 0)
		return -1;
	/* Per buffer, not per byte: the bytes of one are read regardless. */
	if (rx_cur < 0)
		ctrl_poll();
	while (rx_cur < 0) {
		id = kvm_virtq_take_used(rxq, &len);
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

/* Waits for the host end here: its comings and goings are read. */
static void tx_reclaim(void)
{
	ctrl_poll();
	tx_take_used();
}

static void tx_submit(void)
{
	/* A close not seen yet would free this buffer (ctrl_host_closed). */
	ctrl_poll();
	kvm_virtq_post(txq, tx_cur, tx_buf[tx_cur], tx_fill, false);
	tx_busy[tx_cur] = true;
	notify(txq, q_tx);
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

	ctrl_poll();
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
 * The line is the whole device's, but only the port's receive queue asks
 * for interrupts: the control queue's messages (a debugger connecting)
 * do not end the wait, they are read here and on every polled path.
 */
void kvm_virtio_console_wait_rx(void)
{
	if (probed <= 0 || !rx_handler)
		return;
	kvm_virtio_mmio_irq_ack(&dev);
	ctrl_poll();
	if (kvm_virtq_has_used(rxq))
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
		kvm_virtq_interrupts(rxq, true);
	} else {
		kvm_virtq_interrupts(rxq, false);
		rx_handler = NULL;
	}
	return 0;
}
