/work/wt-int/build-a/obj/plat/kvm/arm64/setup.o: \
 /work/wt-int/plat/kvm/arm64/setup.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/ukboot/include/uk/boot.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/include/uk/arch/lcpu.h \
 /work/wt-int/arch/arm64/include/uk/asm/lcpu.h \
 /work/wt-int/include/uk/plat/trap.h \
 /work/wt-int/lib/ukevent/include/uk/event.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/arch/arm64/include/uk/asm/traps.h \
 /work/wt-int/plat/kvm/arm64/arm64.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/ukboot/include/uk/boot.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/arch/arm64/include/uk/asm/lcpu.h:
/work/wt-int/include/uk/plat/trap.h:
/work/wt-int/lib/ukevent/include/uk/event.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/arch/arm64/include/uk/asm/traps.h:
/work/wt-int/plat/kvm/arm64/arm64.h:
