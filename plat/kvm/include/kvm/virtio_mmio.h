/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The virtio-mmio transport (virtio 1.2 section 4.2), legacy (version 1,
 * QEMU's default) and modern (version 2), for the platform's polled virtio
 * drivers (plat/kvm/common/virtio_mmio.c). It finds a device by type in the
 * board's transport slots, runs the status handshake, sets up split
 * virtqueues (<kvm/virtio_ring.h>), notifies and acknowledges interrupts.
 * A driver names the device-specific feature bits (0-31) it can use and
 * gets those the device offers too; other features (ring layouts, event
 * index, notify-on-empty) are never accepted.
 */
#ifndef KVM_VIRTIO_MMIO_H
#define KVM_VIRTIO_MMIO_H

#include <uk/essentials.h>

#define VIRTIO_ID_CONSOLE 3

struct kvm_virtq;

/* Where a transport slot lives and which interrupt line it raises. */
struct kvm_virtio_mmio_slot {
	uintptr_t base;
	unsigned int irq; /* for ukplat_irq_register() */
};

/*
 * Fill @slot with transport slot @i of the machine, from the slot table of
 * each architecture's memlayout.h (plat/kvm/common/virtio_slots.c). Return
 * 0, or -1 when @i is past the last slot.
 */
int kvm_virtio_mmio_slot(unsigned int i, struct kvm_virtio_mmio_slot *slot);

struct kvm_virtio_mmio_dev {
	uintptr_t base;
	unsigned int irq;
	unsigned int version; /* 1 legacy, 2 modern */
	uint32_t features;    /* feature bits 0-31 accepted */
};

/*
 * Find the first slot holding a device of type @device_id, reset it and
 * take it through ACKNOWLEDGE, DRIVER and (modern) FEATURES_OK, accepting
 * of the feature bits 0-31 those in @features that the device offers, and
 * VERSION_1 (bit 32) on a modern device. Return 0 with @dev filled
 * (dev->features: what was accepted), or -1.
 */
int kvm_virtio_mmio_open(uint32_t device_id, uint32_t features,
			 struct kvm_virtio_mmio_dev *dev);

/* Read the 32-bit field at byte @offset of the device's configuration
 * space (little-endian on both transports here: arm64 and x86_64). */
uint32_t kvm_virtio_mmio_config32(const struct kvm_virtio_mmio_dev *dev,
				  unsigned int offset);

/*
 * Give queue @index of @dev the ring @q (laid out by kvm_virtq_init). Return
 * 0, or -1 when the device has no such queue, it is in use, or it is
 * smaller than @q.
 */
int kvm_virtio_mmio_queue(const struct kvm_virtio_mmio_dev *dev,
			  unsigned int index, const struct kvm_virtq *q);

/* Set DRIVER_OK: the device may start using the queues. Return 0, or -1
 * when the device gave up (DEVICE_NEEDS_RESET or FAILED). */
int kvm_virtio_mmio_ready(const struct kvm_virtio_mmio_dev *dev);

/* Tell the device that queue @index has new buffers. */
void kvm_virtio_mmio_notify(const struct kvm_virtio_mmio_dev *dev,
			    unsigned int index);

/*
 * Read and acknowledge the interrupt status: bit 0 used buffers, bit 1
 * configuration change. Return what was pending (0: not this device).
 */
uint32_t kvm_virtio_mmio_irq_ack(const struct kvm_virtio_mmio_dev *dev);

#endif /* KVM_VIRTIO_MMIO_H */
