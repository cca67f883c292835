/work/wt-int/build-a/obj/plat/kvm/arm64/entry.o: \
 /work/wt-int/plat/kvm/arm64/entry.S \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/plat/kvm/arm64/memlayout.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/plat/kvm/arm64/memlayout.h:
