/work/wt-int/build-x/obj/plat/kvm/x86_64/link.lds: \
 /work/wt-int/plat/kvm/x86_64/link.lds.S \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/plat/kvm/x86_64/memlayout.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/plat/kvm/x86_64/memlayout.h:
