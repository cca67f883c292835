/work/wt-int/build-a/obj/plat/kvm/arm64/shutdown.o: \
 /work/wt-int/plat/kvm/arm64/shutdown.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/include/uk/plat/shutdown.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/include/uk/arch/lcpu.h \
 /work/wt-int/arch/arm64/include/uk/asm/lcpu.h \
 /work/wt-int/arch/arm64/include/uk/asm/cpu.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h \
 /work/wt-int/plat/kvm/arm64/arm64.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/include/uk/plat/shutdown.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/arch/arm64/include/uk/asm/lcpu.h:
/work/wt-int/arch/arm64/include/uk/asm/cpu.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
/work/wt-int/plat/kvm/arm64/arm64.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
