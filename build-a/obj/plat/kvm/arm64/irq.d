/work/wt-int/build-a/obj/plat/kvm/arm64/irq.o: \
 /work/wt-int/plat/kvm/arm64/irq.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/include/uk/plat/irq.h /work/wt-int/include/uk/essentials.h \
 /work/wt-int/include/uk/plat/irqinfo.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h \
 /work/wt-int/lib/ukdebug/include/uk/trace.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/arch/arm64/include/uk/asm/cpu.h \
 /work/wt-int/plat/kvm/include/kvm/irq.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/plat/kvm/arm64/arm64.h /work/wt-int/plat/kvm/arm64/gic.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/include/uk/plat/irq.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/plat/irqinfo.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
/work/wt-int/lib/ukdebug/include/uk/trace.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/arch/arm64/include/uk/asm/cpu.h:
/work/wt-int/plat/kvm/include/kvm/irq.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/plat/kvm/arm64/arm64.h:
/work/wt-int/plat/kvm/arm64/gic.h:
