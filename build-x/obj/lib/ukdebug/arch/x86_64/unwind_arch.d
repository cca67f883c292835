/work/wt-int/build-x/obj/lib/ukdebug/arch/x86_64/unwind_arch.o: \
 /work/wt-int/lib/ukdebug/arch/x86_64/unwind_arch.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/arch/x86_64/include/uk/asm/traps.h \
 /work/wt-int/lib/ukevent/include/uk/event.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/lib/ukdebug/arch/x86_64/../../safe_read.h \
 /work/wt-int/lib/uknofault/include/uk/nofault.h \
 /work/wt-int/include/uk/plat/trap.h /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/lib/ukdebug/arch/x86_64/../../unwind.h \
 /work/wt-int/lib/ukdebug/include/uk/backtrace.h \
 /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/x86_64/include/uk/asm/ctx.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/arch/x86_64/include/uk/asm/traps.h:
/work/wt-int/lib/ukevent/include/uk/event.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/lib/ukdebug/arch/x86_64/../../safe_read.h:
/work/wt-int/lib/uknofault/include/uk/nofault.h:
/work/wt-int/include/uk/plat/trap.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/lib/ukdebug/arch/x86_64/../../unwind.h:
/work/wt-int/lib/ukdebug/include/uk/backtrace.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/x86_64/include/uk/asm/ctx.h:
