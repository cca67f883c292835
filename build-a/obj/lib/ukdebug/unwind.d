/work/wt-int/build-a/obj/lib/ukdebug/unwind.o: \
 /work/wt-int/lib/ukdebug/unwind.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/ukdebug/include/uk/backtrace.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/arm64/include/uk/asm/ctx.h \
 /work/wt-int/lib/ukdebug/safe_read.h \
 /work/wt-int/lib/uknofault/include/uk/nofault.h \
 /work/wt-int/include/uk/plat/trap.h \
 /work/wt-int/lib/ukevent/include/uk/event.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/arm64/include/uk/asm/traps.h \
 /work/wt-int/lib/ukdebug/unwind.h \
 /work/wt-int/lib/ukdebug/unwind_table.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/ukdebug/include/uk/backtrace.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/arm64/include/uk/asm/ctx.h:
/work/wt-int/lib/ukdebug/safe_read.h:
/work/wt-int/lib/uknofault/include/uk/nofault.h:
/work/wt-int/include/uk/plat/trap.h:
/work/wt-int/lib/ukevent/include/uk/event.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/arm64/include/uk/asm/traps.h:
/work/wt-int/lib/ukdebug/unwind.h:
/work/wt-int/lib/ukdebug/unwind_table.h:
