/work/wt-int/build-x/obj/plat/kvm/x86_64/dbgchan.o: \
 /work/wt-int/plat/kvm/x86_64/dbgchan.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/plat/kvm/include/kvm/dbgchan.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/plat/kvm/include/kvm/virtio_console.h \
 /work/wt-int/plat/kvm/x86_64/x86_64.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/plat/kvm/include/kvm/dbgchan.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/plat/kvm/include/kvm/virtio_console.h:
/work/wt-int/plat/kvm/x86_64/x86_64.h:
