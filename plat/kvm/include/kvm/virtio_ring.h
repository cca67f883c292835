/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The split virtqueue (virtio 1.2 section 2.7) as the platform's virtio
 * drivers use it: one page-aligned block of guest memory holding the
 * descriptor table and the available ring in its first page and the used
 * ring in the next, which is the legacy layout with QueueAlign 4096 and
 * also valid for modern devices. Buffer i always owns descriptor i, so
 * there is no free list; no chaining, no indirect descriptors, no event
 * index. Guest-physical == virtual (identity mapping). Lives in
 * plat/kvm/common/virtio_ring.c; the transport is <kvm/virtio_mmio.h>.
 */
#ifndef KVM_VIRTIO_RING_H
#define KVM_VIRTIO_RING_H

#include <uk/essentials.h>

#define KVM_VIRTQ_NUM_MAX  16	      /* fits desc + avail in one page */
#define KVM_VIRTQ_MEM_SIZE (2 * 4096) /* bytes of ring memory per queue */

#define VIRTQ_DESC_F_WRITE	   2 /* the device writes this buffer */
#define VIRTQ_AVAIL_F_NO_INTERRUPT 1 /* driver: no used-buffer interrupts */
#define VIRTQ_USED_F_NO_NOTIFY	   1 /* device: no need to notify it */

struct virtq_desc {
	uint64_t addr;
	uint32_t len;
	uint16_t flags;
	uint16_t next;
};

struct virtq_avail {
	uint16_t flags;
	uint16_t idx;
	uint16_t ring[];
};

struct virtq_used_elem {
	uint32_t id;
	uint32_t len;
};

struct virtq_used {
	uint16_t flags;
	uint16_t idx;
	struct virtq_used_elem ring[];
};

struct kvm_virtq {
	unsigned int num; /* entries, a power of two */
	struct virtq_desc *desc;
	struct virtq_avail *avail;
	struct virtq_used *used;
	uint16_t avail_idx; /* our copy of avail->idx */
	uint16_t last_used; /* used entries taken so far */
};

/*
 * Lay out a queue of @num entries (a power of two, <= KVM_VIRTQ_NUM_MAX) in
 * @mem (KVM_VIRTQ_MEM_SIZE bytes, 4096-aligned), cleared, with used-buffer
 * interrupts suppressed.
 */
void kvm_virtq_init(struct kvm_virtq *q, void *mem, unsigned int num);

/*
 * Hand buffer @id (its descriptor) covering @len bytes at @buf to the
 * device: to fill when @device_writes, else to consume. The device sees
 * it once avail->idx is published, which this does with release order.
 */
void kvm_virtq_post(struct kvm_virtq *q, unsigned int id, const void *buf,
		    uint32_t len, bool device_writes);

/*
 * Take the next buffer the device has finished with: return its id and
 * store the bytes it wrote in @len; -1 when there is none.
 */
int kvm_virtq_take_used(struct kvm_virtq *q, uint32_t *len);

/*
 * Whether the device has returned a buffer not taken yet; reads the ring
 * only after every access before it, the device's registers included.
 */
bool kvm_virtq_has_used(const struct kvm_virtq *q);

/* Buffers posted that the device has not returned yet. */
unsigned int kvm_virtq_in_flight(const struct kvm_virtq *q);

/* True when the device has asked not to be notified of new buffers. */
bool kvm_virtq_notify_suppressed(const struct kvm_virtq *q);

/*
 * Ask for (@on) or suppress used-buffer interrupts.
 * Only a hint to the device.
 */
void kvm_virtq_interrupts(struct kvm_virtq *q, bool on);

#endif /* KVM_VIRTIO_RING_H */
