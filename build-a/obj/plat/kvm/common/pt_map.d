/work/wt-int/build-a/obj/plat/kvm/common/pt_map.o: \
 /work/wt-int/plat/kvm/common/pt_map.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/include/uk/plat/pagetable.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/plat/kvm/include/kvm/pagetable.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/include/uk/plat/pagetable.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/plat/kvm/include/kvm/pagetable.h:
