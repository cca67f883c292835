/work/wt-int/build-a/obj/plat/kvm/common/console_hooks.o: \
 /work/wt-int/plat/kvm/common/console_hooks.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/include/uk/plat/console.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/include/uk/arch/lcpu.h \
 /work/wt-int/arch/arm64/include/uk/asm/lcpu.h \
 /work/wt-int/plat/kvm/include/kvm/console.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/include/uk/plat/console.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/arch/arm64/include/uk/asm/lcpu.h:
/work/wt-int/plat/kvm/include/kvm/console.h:
