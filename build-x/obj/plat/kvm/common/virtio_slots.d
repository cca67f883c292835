/work/wt-int/build-x/obj/plat/kvm/common/virtio_slots.o: \
 /work/wt-int/plat/kvm/common/virtio_slots.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/plat/kvm/include/kvm/virtio_mmio.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/plat/kvm/x86_64/memlayout.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/plat/kvm/include/kvm/virtio_mmio.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/plat/kvm/x86_64/memlayout.h:
