/work/wt-int/build-x/obj/plat/kvm/x86_64/shutdown.o: \
 /work/wt-int/plat/kvm/x86_64/shutdown.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/include/uk/plat/shutdown.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/include/uk/arch/lcpu.h \
 /work/wt-int/arch/x86_64/include/uk/asm/lcpu.h \
 /work/wt-int/arch/x86_64/include/uk/asm/io.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/include/uk/plat/shutdown.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/arch/x86_64/include/uk/asm/lcpu.h:
/work/wt-int/arch/x86_64/include/uk/asm/io.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
