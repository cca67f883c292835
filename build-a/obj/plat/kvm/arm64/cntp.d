/work/wt-int/build-a/obj/plat/kvm/arm64/cntp.o: \
 /work/wt-int/plat/kvm/arm64/cntp.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/include/uk/plat/irq.h /work/wt-int/include/uk/essentials.h \
 /work/wt-int/include/uk/plat/time.h /work/wt-int/include/uk/arch/lcpu.h \
 /work/wt-int/arch/arm64/include/uk/asm/lcpu.h \
 /work/wt-int/arch/arm64/include/uk/asm/cpu.h \
 /work/wt-int/plat/kvm/arm64/arm64.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/plat/kvm/arm64/cntp.h /work/wt-int/plat/kvm/arm64/gic.h \
 /work/wt-int/plat/kvm/arm64/memlayout.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/include/uk/plat/irq.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/plat/time.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/arch/arm64/include/uk/asm/lcpu.h:
/work/wt-int/arch/arm64/include/uk/asm/cpu.h:
/work/wt-int/plat/kvm/arm64/arm64.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/plat/kvm/arm64/cntp.h:
/work/wt-int/plat/kvm/arm64/gic.h:
/work/wt-int/plat/kvm/arm64/memlayout.h:
