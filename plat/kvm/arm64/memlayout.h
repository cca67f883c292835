/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Physical memory layout of the QEMU `virt` machine as the arm64 platform
 * uses it. Everything is identity mapped (virtual == physical), 4 KiB pages.
 *
 *   0x00000000 - 0x07ffffff   flash: not mapped, so NULL dereferences fault
 *   0x08000000 - 0x0800ffff   GICv2 distributor
 *   0x08010000 - 0x0801ffff   GICv2 CPU interface
 *   0x09000000 - 0x09000fff   PL011 UART (console, SPI 1 = INTID 33, level)
 *   0x09010000 - 0x09010fff   PL031 RTC (read once at boot: wall clock)
 *   0x0a000000 - 0x0a003fff   virtio-mmio, 32 slots of 0x200, slot i on SPI
 *                             16 + i = INTID 48 + i (QEMU fills from the top:
 *                             one device lands in slot 31, INTID 79)
 *   0x08000000 - 0x3fffffff   all of it mapped as Device-nGnRE, never
 *                             executable
 *   0x40000000 - 0x400fffff   RAM: device tree blob (QEMU puts it at the
 *                             base of RAM when the image starts at
 *                             >= 0x40100000)
 *   0x40100000 - 0x401fffff   RAM: free
 *   0x40200000 - _rodata      kernel text: read-only, executable
 *   _rodata    - _etext       read-only data and link-time registries
 *   _etext     - _end         data, bss (trap stack, page tables), noinit
 *                             (not zeroed at boot: the boot stack with an
 *                             unmapped guard page below it, the GDB stub)
 *   _end       - top of RAM   free: page allocator and heap; RAM size is the
 *                             device tree's /memory node (QEMU -m)
 *
 * Only RAM is Normal write-back cacheable memory; the kernel image ranges
 * get their permissions from the linker-script symbols above.
 */
#ifndef KVM_ARM64_MEMLAYOUT_H
#define KVM_ARM64_MEMLAYOUT_H

#define KVM_DEVICE_BASE	 0x08000000
#define KVM_DEVICE_END	 0x40000000
#define KVM_RAM_BASE	 0x40000000
#define KVM_DTB_BASE	 KVM_RAM_BASE
#define KVM_DTB_MAX_SIZE 0x00200000 /* what we accept as totalsize */
#define KVM_KERNEL_BASE	 0x40200000

/* Defaults when the device tree does not say otherwise. */
#define KVM_RAM_DEFAULT_SIZE  0x08000000 /* QEMU's default -m 128M */
#define KVM_GICD_BASE	      0x08000000
#define KVM_GICC_BASE	      0x08010000
#define KVM_PL011_BASE	      0x09000000
#define KVM_PL011_IRQ	      33
#define KVM_PL031_BASE	      0x09010000
#define KVM_VIRTIO_MMIO_BASE  0x0a000000
#define KVM_VIRTIO_MMIO_SLOTS 32
#define KVM_VIRTIO_MMIO_SIZE  0x200
#define KVM_VIRTIO_MMIO_IRQ   48 /* INTID of slot 0 */

/* Generic timer PPIs (GIC INTIDs). */
#define KVM_TIMER_VIRT_IRQ 27
#define KVM_TIMER_PHYS_IRQ 30

#endif /* KVM_ARM64_MEMLAYOUT_H */
