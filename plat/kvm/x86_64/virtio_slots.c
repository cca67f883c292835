/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Where the virtio-mmio transports of this machine are (<kvm/virtio_mmio.h>):
 * fixed slots from memlayout.h.
 */
#include <kvm/virtio_mmio.h>
#include "memlayout.h"

int kvm_virtio_mmio_slot(unsigned int i, struct kvm_virtio_mmio_slot *slot)
{
	if (i >= KVM_VIRTIO_MMIO_SLOTS)
		return -1;
	slot->base = KVM_VIRTIO_MMIO_BASE + i * KVM_VIRTIO_MMIO_SIZE;
	slot->irq = KVM_VIRTIO_MMIO_IRQ + i;
	return 0;
}
