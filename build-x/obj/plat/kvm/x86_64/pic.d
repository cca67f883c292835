/work/wt-int/build-x/obj/plat/kvm/x86_64/pic.o: \
 /work/wt-int/plat/kvm/x86_64/pic.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/include/uk/plat/irq.h /work/wt-int/include/uk/essentials.h \
 /work/wt-int/include/uk/plat/irqinfo.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h \
 /work/wt-int/arch/x86_64/include/uk/asm/io.h \
 /work/wt-int/plat/kvm/include/kvm/irq.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/plat/kvm/x86_64/memlayout.h \
 /work/wt-int/plat/kvm/x86_64/lapic.h \
 /work/wt-int/plat/kvm/x86_64/x86_64.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/include/uk/plat/irq.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/plat/irqinfo.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
/work/wt-int/arch/x86_64/include/uk/asm/io.h:
/work/wt-int/plat/kvm/include/kvm/irq.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/plat/kvm/x86_64/memlayout.h:
/work/wt-int/plat/kvm/x86_64/lapic.h:
/work/wt-int/plat/kvm/x86_64/x86_64.h:
