/work/wt-int/build-a/obj/lib/ukdebug/crash_pt.o: \
 /work/wt-int/lib/ukdebug/crash_pt.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/include/uk/plat/pagetable.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukdebug/include/uk/ptview.h \
 /work/wt-int/lib/ukdebug/include/uk/backtrace.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/arm64/include/uk/asm/ctx.h \
 /work/wt-int/lib/ukdebug/crash_arch.h \
 /work/wt-int/include/uk/arch/traps.h /work/wt-int/lib/ukdebug/crash_pt.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/include/uk/plat/pagetable.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukdebug/include/uk/ptview.h:
/work/wt-int/lib/ukdebug/include/uk/backtrace.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/arm64/include/uk/asm/ctx.h:
/work/wt-int/lib/ukdebug/crash_arch.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/lib/ukdebug/crash_pt.h:
