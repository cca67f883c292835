/work/wt-int/build-x/obj/plat/kvm/x86_64/com2.o: \
 /work/wt-int/plat/kvm/x86_64/com2.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/include/uk/plat/irq.h /work/wt-int/include/uk/essentials.h \
 /work/wt-int/plat/kvm/include/kvm/irq.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/plat/kvm/x86_64/x86_64.h \
 /work/wt-int/plat/kvm/x86_64/uart16550.h \
 /work/wt-int/arch/x86_64/include/uk/asm/io.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/include/uk/plat/irq.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/plat/kvm/include/kvm/irq.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/plat/kvm/x86_64/x86_64.h:
/work/wt-int/plat/kvm/x86_64/uart16550.h:
/work/wt-int/arch/x86_64/include/uk/asm/io.h:
