/work/wt-int/build-a/obj/plat/kvm/common/console_uart.o: \
 /work/wt-int/plat/kvm/common/console_uart.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/include/uk/plat/console.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/include/uk/plat/irq.h \
 /work/wt-int/include/uk/arch/lcpu.h \
 /work/wt-int/arch/arm64/include/uk/asm/lcpu.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h \
 /work/wt-int/plat/kvm/include/kvm/console.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/include/uk/plat/console.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/plat/irq.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/arch/arm64/include/uk/asm/lcpu.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
/work/wt-int/plat/kvm/include/kvm/console.h:
