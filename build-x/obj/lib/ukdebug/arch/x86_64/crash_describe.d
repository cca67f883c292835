/work/wt-int/build-x/obj/lib/ukdebug/arch/x86_64/crash_describe.o: \
 /work/wt-int/lib/ukdebug/arch/x86_64/crash_describe.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/include/uk/plat/trap.h \
 /work/wt-int/lib/ukevent/include/uk/event.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/arch/x86_64/include/uk/asm/traps.h \
 /work/wt-int/lib/ukdebug/arch/x86_64/../../crash_arch.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/include/uk/plat/trap.h:
/work/wt-int/lib/ukevent/include/uk/event.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/arch/x86_64/include/uk/asm/traps.h:
/work/wt-int/lib/ukdebug/arch/x86_64/../../crash_arch.h:
