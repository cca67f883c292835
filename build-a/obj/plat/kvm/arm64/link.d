/work/wt-int/build-a/obj/plat/kvm/arm64/link.lds: \
 /work/wt-int/plat/kvm/arm64/link.lds.S \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/plat/kvm/arm64/memlayout.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/plat/kvm/arm64/memlayout.h:
