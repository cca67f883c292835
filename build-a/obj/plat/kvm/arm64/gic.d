/work/wt-int/build-a/obj/plat/kvm/arm64/gic.o: \
 /work/wt-int/plat/kvm/arm64/gic.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/include/uk/plat/irqinfo.h \
 /work/wt-int/arch/arm64/include/uk/asm/cpu.h \
 /work/wt-int/plat/kvm/arm64/arm64.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/plat/kvm/arm64/gic.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/plat/irqinfo.h:
/work/wt-int/arch/arm64/include/uk/asm/cpu.h:
/work/wt-int/plat/kvm/arm64/arm64.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/plat/kvm/arm64/gic.h:
