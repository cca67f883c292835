/work/wt-int/build-a/obj/plat/kvm/common/wallclock.o: \
 /work/wt-int/plat/kvm/common/wallclock.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/include/uk/arch/lcpu.h /work/wt-int/include/uk/essentials.h \
 /work/wt-int/arch/arm64/include/uk/asm/lcpu.h \
 /work/wt-int/include/uk/plat/time.h \
 /work/wt-int/plat/kvm/include/kvm/wallclock.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/arch/arm64/include/uk/asm/lcpu.h:
/work/wt-int/include/uk/plat/time.h:
/work/wt-int/plat/kvm/include/kvm/wallclock.h:
