/work/wt-int/build-x/obj/plat/kvm/common/irq_exit.o: \
 /work/wt-int/plat/kvm/common/irq_exit.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/include/uk/plat/irq.h /work/wt-int/include/uk/essentials.h \
 /work/wt-int/plat/kvm/include/kvm/irq.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/include/uk/plat/irq.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/plat/kvm/include/kvm/irq.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
