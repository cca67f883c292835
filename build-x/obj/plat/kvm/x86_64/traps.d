/work/wt-int/build-x/obj/plat/kvm/x86_64/traps.o: \
 /work/wt-int/plat/kvm/x86_64/traps.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/arch/x86_64/include/uk/asm/cpu.h \
 /work/wt-int/arch/x86_64/include/uk/asm/traps.h \
 /work/wt-int/lib/ukevent/include/uk/event.h \
 /work/wt-int/include/uk/plat/trap.h /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/include/uk/plat/irq.h \
 /work/wt-int/include/uk/plat/irqinfo.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h \
 /work/wt-int/lib/ukdebug/include/uk/trace.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/plat/kvm/include/kvm/trap.h \
 /work/wt-int/plat/kvm/include/kvm/irq.h \
 /work/wt-int/plat/kvm/x86_64/memlayout.h \
 /work/wt-int/plat/kvm/x86_64/lapic.h \
 /work/wt-int/plat/kvm/x86_64/x86_64.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/arch/x86_64/include/uk/asm/cpu.h:
/work/wt-int/arch/x86_64/include/uk/asm/traps.h:
/work/wt-int/lib/ukevent/include/uk/event.h:
/work/wt-int/include/uk/plat/trap.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/include/uk/plat/irq.h:
/work/wt-int/include/uk/plat/irqinfo.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
/work/wt-int/lib/ukdebug/include/uk/trace.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/plat/kvm/include/kvm/trap.h:
/work/wt-int/plat/kvm/include/kvm/irq.h:
/work/wt-int/plat/kvm/x86_64/memlayout.h:
/work/wt-int/plat/kvm/x86_64/lapic.h:
/work/wt-int/plat/kvm/x86_64/x86_64.h:
