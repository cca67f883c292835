/work/wt-int/build-x/obj/lib/ukdebug/crash_line.o: \
 /work/wt-int/lib/ukdebug/crash_line.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/ukdebug/include/uk/dmesg.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/include/uk/plat/console.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/ukdebug/crash_arch.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/ukdebug/include/uk/dmesg.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/plat/console.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/ukdebug/crash_arch.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
