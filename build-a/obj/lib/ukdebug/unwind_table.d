/work/wt-int/build-a/obj/lib/ukdebug/unwind_table.o: \
 /work/wt-int/lib/ukdebug/unwind_table.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/lib/ukdebug/unwind.h \
 /work/wt-int/lib/ukdebug/include/uk/backtrace.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/arm64/include/uk/asm/ctx.h \
 /work/wt-int/lib/ukdebug/unwind_table.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukdebug/unwind.h:
/work/wt-int/lib/ukdebug/include/uk/backtrace.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/arm64/include/uk/asm/ctx.h:
/work/wt-int/lib/ukdebug/unwind_table.h:
