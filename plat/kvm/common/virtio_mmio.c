/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The virtio-mmio transport (see <kvm/virtio_mmio.h>): register layout of
 * virtio 1.2 section 4.2.2 (modern) and 4.2.4 (legacy). The two versions
 * differ only in feature negotiation (legacy has no FEATURES_OK and no
 * VERSION_1 bit) and in how a queue's memory is given: legacy takes one
 * page frame number of a contiguous ring laid out with QueueAlign, modern
 * three 64-bit addresses and QueueReady.
 */
#include <kvm/virtio_mmio.h>
#include <kvm/virtio_ring.h>

#define VIRTIO_MMIO_MAGIC 0x74726976 /* "virt" */

#define REG_MAGIC	      0x000
#define REG_VERSION	      0x004
#define REG_DEVICE_ID	      0x008
#define REG_DEVICE_FEATURES   0x010
#define REG_DEVICE_FEAT_SEL   0x014
#define REG_DRIVER_FEATURES   0x020
#define REG_DRIVER_FEAT_SEL   0x024
#define REG_GUEST_PAGE_SIZE   0x028 /* legacy */
#define REG_QUEUE_SEL	      0x030
#define REG_QUEUE_NUM_MAX     0x034
#define REG_QUEUE_NUM	      0x038
#define REG_QUEUE_ALIGN	      0x03c /* legacy */
#define REG_QUEUE_PFN	      0x040 /* legacy */
#define REG_QUEUE_READY	      0x044 /* modern */
#define REG_QUEUE_NOTIFY      0x050
#define REG_INTERRUPT_STATUS  0x060
#define REG_INTERRUPT_ACK     0x064
#define REG_STATUS	      0x070
#define REG_QUEUE_DESC_LOW    0x080 /* modern, from here on */
#define REG_QUEUE_DESC_HIGH   0x084
#define REG_QUEUE_DRIVER_LOW  0x090
#define REG_QUEUE_DRIVER_HIGH 0x094
#define REG_QUEUE_DEVICE_LOW  0x0a0
#define REG_QUEUE_DEVICE_HIGH 0x0a4
#define REG_CONFIG	      0x100

#define STATUS_ACKNOWLEDGE 1
#define STATUS_DRIVER	   2
#define STATUS_DRIVER_OK   4
#define STATUS_FEATURES_OK 8
#define STATUS_NEEDS_RESET 64
#define STATUS_FAILED	   128

#define FEATURE_VERSION_1_HI (1U << 0) /* feature bit 32 */
#define LEGACY_PAGE_SIZE     4096
#define RESET_POLLS	     1000000

static inline uint32_t rd(uintptr_t base, unsigned int reg)
{
	return *(volatile uint32_t *)(base + reg);
}

static inline void wr(uintptr_t base, unsigned int reg, uint32_t v)
{
	*(volatile uint32_t *)(base + reg) = v;
}

/* Modern devices may take a while to finish a reset; legacy ones do not say. */
static int reset(const struct kvm_virtio_mmio_dev *dev)
{
	wr(dev->base, REG_STATUS, 0);
	for (int i = 0; i < RESET_POLLS; i++)
		if (rd(dev->base, REG_STATUS) == 0)
			return 0;
	return -1;
}

static void status_set(const struct kvm_virtio_mmio_dev *dev, uint32_t bits)
{
	wr(dev->base, REG_STATUS, rd(dev->base, REG_STATUS) | bits);
}

/*
 * Accept the driver's @wanted bits that the device offers and, above bit
 * 31, nothing but VERSION_1, which a modern device requires. Legacy has
 * only the low word and no FEATURES_OK: the device takes what it is given.
 */
static int negotiate(struct kvm_virtio_mmio_dev *dev, uint32_t wanted)
{
	wr(dev->base, REG_DEVICE_FEAT_SEL, 0);
	dev->features = rd(dev->base, REG_DEVICE_FEATURES) & wanted;
	if (dev->version == 1) {
		wr(dev->base, REG_DRIVER_FEAT_SEL, 0);
		wr(dev->base, REG_DRIVER_FEATURES, dev->features);
		return 0;
	}
	wr(dev->base, REG_DEVICE_FEAT_SEL, 1);
	if (!(rd(dev->base, REG_DEVICE_FEATURES) & FEATURE_VERSION_1_HI))
		return -1;
	wr(dev->base, REG_DRIVER_FEAT_SEL, 1);
	wr(dev->base, REG_DRIVER_FEATURES, FEATURE_VERSION_1_HI);
	wr(dev->base, REG_DRIVER_FEAT_SEL, 0);
	wr(dev->base, REG_DRIVER_FEATURES, dev->features);
	status_set(dev, STATUS_FEATURES_OK);
	return (rd(dev->base, REG_STATUS) & STATUS_FEATURES_OK) ? 0 : -1;
}

static bool slot_holds(const struct kvm_virtio_mmio_slot *s, uint32_t device_id,
		       unsigned int *version)
{
	if (rd(s->base, REG_MAGIC) != VIRTIO_MMIO_MAGIC)
		return false;
	*version = rd(s->base, REG_VERSION);
	return (*version == 1 || *version == 2) &&
	       rd(s->base, REG_DEVICE_ID) == device_id;
}

int kvm_virtio_mmio_open(uint32_t device_id, uint32_t features,
			 struct kvm_virtio_mmio_dev *dev)
{
	struct kvm_virtio_mmio_slot s;

	for (unsigned int i = 0; kvm_virtio_mmio_slot(i, &s) == 0; i++) {
		if (!slot_holds(&s, device_id, &dev->version))
			continue;
		dev->base = s.base;
		dev->irq = s.irq;
		if (reset(dev) < 0)
			return -1;
		if (dev->version == 1)
			wr(dev->base, REG_GUEST_PAGE_SIZE, LEGACY_PAGE_SIZE);
		status_set(dev, STATUS_ACKNOWLEDGE);
		status_set(dev, STATUS_DRIVER);
		if (negotiate(dev, features) < 0) {
			status_set(dev, STATUS_FAILED);
			return -1;
		}
		return 0;
	}
	return -1;
}

uint32_t kvm_virtio_mmio_config32(const struct kvm_virtio_mmio_dev *dev,
				  unsigned int offset)
{
	return rd(dev->base, REG_CONFIG + offset);
}

static void wr64(uintptr_t base, unsigned int reg_low, uint64_t v)
{
	wr(base, reg_low, (uint32_t)v);
	wr(base, reg_low + 4, (uint32_t)(v >> 32));
}

int kvm_virtio_mmio_queue(const struct kvm_virtio_mmio_dev *dev,
			  unsigned int index, const struct kvm_virtq *q)
{
	uintptr_t b = dev->base;
	uint32_t max;

	wr(b, REG_QUEUE_SEL, index);
	if (rd(b, dev->version == 1 ? REG_QUEUE_PFN : REG_QUEUE_READY) != 0)
		return -1;
	max = rd(b, REG_QUEUE_NUM_MAX);
	if (max == 0 || max < q->num)
		return -1;
	wr(b, REG_QUEUE_NUM, q->num);
	if (dev->version == 1) {
		wr(b, REG_QUEUE_ALIGN, LEGACY_PAGE_SIZE);
		wr(b, REG_QUEUE_PFN,
		   (uint32_t)((uintptr_t)q->desc / LEGACY_PAGE_SIZE));
		return 0;
	}
	wr64(b, REG_QUEUE_DESC_LOW, (uintptr_t)q->desc);
	wr64(b, REG_QUEUE_DRIVER_LOW, (uintptr_t)q->avail);
	wr64(b, REG_QUEUE_DEVICE_LOW, (uintptr_t)q->used);
	wr(b, REG_QUEUE_READY, 1);
	return 0;
}

int kvm_virtio_mmio_ready(const struct kvm_virtio_mmio_dev *dev)
{
	status_set(dev, STATUS_DRIVER_OK);
	return (rd(dev->base, REG_STATUS) &
		(STATUS_NEEDS_RESET | STATUS_FAILED))
		   ? -1
		   : 0;
}

void kvm_virtio_mmio_notify(const struct kvm_virtio_mmio_dev *dev,
			    unsigned int index)
{
	/* Ring updates (normal memory) before the doorbell (device memory). */
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	wr(dev->base, REG_QUEUE_NOTIFY, index);
}

uint32_t kvm_virtio_mmio_irq_ack(const struct kvm_virtio_mmio_dev *dev)
{
	uint32_t pending = rd(dev->base, REG_INTERRUPT_STATUS);

	if (pending)
		wr(dev->base, REG_INTERRUPT_ACK, pending);
	return pending;
}
