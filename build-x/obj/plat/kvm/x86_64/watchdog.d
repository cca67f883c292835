/work/wt-int/build-x/obj/plat/kvm/x86_64/watchdog.o: \
 /work/wt-int/plat/kvm/x86_64/watchdog.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/include/uk/plat/irq.h /work/wt-int/include/uk/essentials.h \
 /work/wt-int/include/uk/plat/time.h \
 /work/wt-int/include/uk/plat/watchdog.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/include/uk/arch/lcpu.h \
 /work/wt-int/arch/x86_64/include/uk/asm/lcpu.h \
 /work/wt-int/arch/x86_64/include/uk/asm/io.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/include/uk/plat/irq.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/plat/time.h:
/work/wt-int/include/uk/plat/watchdog.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/arch/x86_64/include/uk/asm/lcpu.h:
/work/wt-int/arch/x86_64/include/uk/asm/io.h:
