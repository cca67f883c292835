/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Where the virtio-mmio transports of this machine are (<kvm/virtio_mmio.h>):
 * fixed slots from the selected architecture's memlayout.h (the build puts
 * plat/kvm/<arch>/ on this file's include path). On arm64 they match the
 * device tree QEMU builds for `virt` (virtio_mmio@a000000 + i * 0x200,
 * interrupts <0 (16 + i) 1>).
 * The tree calls the line edge-triggered, but QEMU drives it as a level
 * (high while InterruptStatus is non-zero), so the GIC's default level
 * setting serves: the handler acknowledges the device, which drops it.
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
