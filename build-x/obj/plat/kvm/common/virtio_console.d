/work/wt-int/build-x/obj/plat/kvm/common/virtio_console.o: \
 /work/wt-int/plat/kvm/common/virtio_console.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/include/uk/plat/irq.h /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h \
 /work/wt-int/plat/kvm/include/kvm/irq.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/plat/kvm/include/kvm/virtio_console.h \
 /work/wt-int/plat/kvm/include/kvm/virtio_mmio.h \
 /work/wt-int/plat/kvm/include/kvm/virtio_ring.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/include/uk/plat/irq.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
/work/wt-int/plat/kvm/include/kvm/irq.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/plat/kvm/include/kvm/virtio_console.h:
/work/wt-int/plat/kvm/include/kvm/virtio_mmio.h:
/work/wt-int/plat/kvm/include/kvm/virtio_ring.h:
