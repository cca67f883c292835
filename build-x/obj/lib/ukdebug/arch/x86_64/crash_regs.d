/work/wt-int/build-x/obj/lib/ukdebug/arch/x86_64/crash_regs.o: \
 /work/wt-int/lib/ukdebug/arch/x86_64/crash_regs.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/ukdebug/arch/x86_64/../../crash_arch.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/ukdebug/arch/x86_64/../../crash_arch.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
