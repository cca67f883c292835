/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Split virtqueue bookkeeping (see <kvm/virtio_ring.h>). The ring is shared
 * with the device, which may be another CPU thread on the host: every field
 * the other side reads or writes is accessed with explicit atomic ordering,
 * and the index that publishes an entry is written last (release) and read
 * first (acquire). Device-facing values are little-endian, as are both
 * architectures here.
 */
#include <kvm/virtio_ring.h>

#define VIRTQ_ALIGN 4096

void kvm_virtq_init(struct kvm_virtq *q, void *mem, unsigned int num)
{
	uint8_t *p = mem;

	for (size_t i = 0; i < KVM_VIRTQ_MEM_SIZE; i++)
		p[i] = 0;
	q->num = num;
	q->desc = mem;
	q->avail = (struct virtq_avail *)(p + num * sizeof(struct virtq_desc));
	q->used = (struct virtq_used *)(p + VIRTQ_ALIGN);
	q->avail_idx = 0;
	q->last_used = 0;
	q->avail->flags = VIRTQ_AVAIL_F_NO_INTERRUPT;
}

void kvm_virtq_post(struct kvm_virtq *q, unsigned int id, const void *buf,
		    uint32_t len, bool device_writes)
{
	struct virtq_desc *d = &q->desc[id];

	d->addr = (uintptr_t)buf;
	d->len = len;
	d->flags = device_writes ? VIRTQ_DESC_F_WRITE : 0;
	d->next = 0;
	q->avail->ring[q->avail_idx % q->num] = id;
	q->avail_idx++;
	/* Descriptor and ring slot must be visible before the new index. */
	__atomic_store_n(&q->avail->idx, q->avail_idx, __ATOMIC_RELEASE);
}

int kvm_virtq_take_used(struct kvm_virtq *q, uint32_t *len)
{
	const struct virtq_used_elem *e;

	/* The element is read only after the index that published it. */
	if (__atomic_load_n(&q->used->idx, __ATOMIC_ACQUIRE) == q->last_used)
		return -1;
	e = &q->used->ring[q->last_used % q->num];
	*len = e->len;
	q->last_used++;
	return (int)e->id;
}

bool kvm_virtq_has_used(const struct kvm_virtq *q)
{
	/* An interrupt acknowledged just before must not hide a buffer
	 * the device returned before raising it. */
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	return __atomic_load_n(&q->used->idx, __ATOMIC_ACQUIRE) != q->last_used;
}

unsigned int kvm_virtq_in_flight(const struct kvm_virtq *q)
{
	/* Our avail->idx store must be ordered before this load. */
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	return (uint16_t)(q->avail_idx -
			  __atomic_load_n(&q->used->idx, __ATOMIC_ACQUIRE));
}

bool kvm_virtq_notify_suppressed(const struct kvm_virtq *q)
{
	/* Our avail->idx store must be ordered before this load
	 * (virtio 2.7.13). */
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	return __atomic_load_n(&q->used->flags, __ATOMIC_RELAXED) &
	       VIRTQ_USED_F_NO_NOTIFY;
}

void kvm_virtq_interrupts(struct kvm_virtq *q, bool on)
{
	__atomic_store_n(&q->avail->flags, on ? 0 : VIRTQ_AVAIL_F_NO_INTERRUPT,
			 __ATOMIC_RELEASE);
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
}
