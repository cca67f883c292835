/work/wt-int/build-x/obj/lib/ukdebug/crashscreen.o: \
 /work/wt-int/lib/ukdebug/crashscreen.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/ukdebug/include/uk/assert.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukdebug/include/uk/crash.h \
 /work/wt-int/lib/ukevent/include/uk/event.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/lib/ukdebug/include/uk/dmesg.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h \
 /work/wt-int/include/uk/plat/console.h \
 /work/wt-int/include/uk/plat/shutdown.h \
 /work/wt-int/include/uk/plat/time.h /work/wt-int/include/uk/plat/trap.h \
 /work/wt-int/arch/x86_64/include/uk/asm/traps.h \
 /work/wt-int/lib/ubsan/include/uk/ubsan.h \
 /work/wt-int/include/uk/arch/lcpu.h \
 /work/wt-int/arch/x86_64/include/uk/asm/lcpu.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukdebug/crash_arch.h \
 /work/wt-int/lib/ukdebug/crash_pt.h \
 /work/wt-int/lib/ukdebug/crash_stack.h \
 /work/wt-int/lib/ukdebug/crash_threads.h \
 /work/wt-int/lib/ukdebug/trace_crash.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/ukdebug/include/uk/assert.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukdebug/include/uk/crash.h:
/work/wt-int/lib/ukevent/include/uk/event.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/lib/ukdebug/include/uk/dmesg.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
/work/wt-int/include/uk/plat/console.h:
/work/wt-int/include/uk/plat/shutdown.h:
/work/wt-int/include/uk/plat/time.h:
/work/wt-int/include/uk/plat/trap.h:
/work/wt-int/arch/x86_64/include/uk/asm/traps.h:
/work/wt-int/lib/ubsan/include/uk/ubsan.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/arch/x86_64/include/uk/asm/lcpu.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukdebug/crash_arch.h:
/work/wt-int/lib/ukdebug/crash_pt.h:
/work/wt-int/lib/ukdebug/crash_stack.h:
/work/wt-int/lib/ukdebug/crash_threads.h:
/work/wt-int/lib/ukdebug/trace_crash.h:
