/work/wt-int/build-a/obj/plat/kvm/arm64/fdt.o: \
 /work/wt-int/plat/kvm/arm64/fdt.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/plat/kvm/arm64/fdt.h /work/wt-int/include/uk/essentials.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/plat/kvm/arm64/fdt.h:
/work/wt-int/include/uk/essentials.h:
