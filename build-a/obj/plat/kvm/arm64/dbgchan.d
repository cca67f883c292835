/work/wt-int/build-a/obj/plat/kvm/arm64/dbgchan.o: \
 /work/wt-int/plat/kvm/arm64/dbgchan.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/plat/kvm/include/kvm/dbgchan.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/plat/kvm/include/kvm/virtio_console.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/plat/kvm/include/kvm/dbgchan.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/plat/kvm/include/kvm/virtio_console.h:
