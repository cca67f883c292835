/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Physical memory layout of the x86_64 KVM/QEMU guest. Everything is
 * identity mapped (virtual == physical).
 *
 *   0x00000000 - 0x00000fff   unmapped: NULL dereferences fault
 *   0x00001000 - 0x0009ffff   low RAM (PVH start info, command line and
 *                             memory map live here; copied early, then unused)
 *   0x000a0000 - 0x000fffff   legacy VGA/BIOS area
 *   0x00100000 - _etext       kernel text and read-only data, mapped read-only
 *   _etext     - _end         kernel data, bss, boot stack, page tables,
 *                             noinit (not zeroed by the guest)
 *   _end       - top of RAM   free: page allocator and heap
 *   0xfe000000 - 0xffffffff   devices, uncached: virtio-mmio (0xfeb00000),
 *                             IOAPIC (0xfec00000), HPET (0xfed00000),
 *                             LAPIC (0xfee00000)
 *
 * I/O ports: COM1 0x3f8 (console, IRQ 4), COM2 0x2f8 (debug channel, IRQ 3),
 * 8259 PICs 0x20/0xa0 (remapped to vectors 32-47), PIT 0x40-0x43,
 * CMOS RTC 0x70/0x71, isa-debug-exit 0xf4. The LAPIC timer has vector 0xf0
 * (lapic.h).
 */
#ifndef KVM_X86_64_MEMLAYOUT_H
#define KVM_X86_64_MEMLAYOUT_H

#define KVM_KERNEL_BASE 0x100000
#define KVM_DEVICE_BASE 0xfe000000UL
#define KVM_DEVICE_END	0x100000000UL

#define KVM_LAPIC_BASE 0xfee00000UL

#define KVM_IRQ_VECTOR_BASE 32

/*
 * microvm's virtio-mmio slots as `-M microvm,acpi=off` lays them out: 8 of
 * them on GSI 5 + i, which the 8259 sees as IRQ 5 + i (QEMU fills from the
 * top: one device lands at 0xfeb00e00, IRQ 12). With ACPI on there are 24,
 * on GSI 24 + i, out of the 8259's reach. `pc` has none: the slots read 0.
 */
#define KVM_VIRTIO_MMIO_BASE  0xfeb00000UL
#define KVM_VIRTIO_MMIO_SLOTS 8
#define KVM_VIRTIO_MMIO_SIZE  0x200
#define KVM_VIRTIO_MMIO_IRQ   5 /* ISA IRQ of slot 0 */

#endif /* KVM_X86_64_MEMLAYOUT_H */
