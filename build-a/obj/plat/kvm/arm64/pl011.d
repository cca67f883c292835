/work/wt-int/build-a/obj/plat/kvm/arm64/pl011.o: \
 /work/wt-int/plat/kvm/arm64/pl011.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/plat/kvm/include/kvm/console.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/plat/kvm/arm64/arm64.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/plat/kvm/arm64/memlayout.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/plat/kvm/include/kvm/console.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/plat/kvm/arm64/arm64.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/plat/kvm/arm64/memlayout.h:
