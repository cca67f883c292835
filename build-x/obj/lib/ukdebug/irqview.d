/work/wt-int/build-x/obj/lib/ukdebug/irqview.o: \
 /work/wt-int/lib/ukdebug/irqview.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/ukdebug/include/uk/irqview.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/include/uk/plat/irqinfo.h \
 /work/wt-int/include/uk/plat/time.h /work/wt-int/include/uk/plat/timer.h \
 /work/wt-int/lib/ukdebug/include/uk/symbols.h \
 /work/wt-int/lib/uksched/include/uk/sched.h \
 /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/x86_64/include/uk/asm/ctx.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/ukdebug/include/uk/irqview.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/plat/irqinfo.h:
/work/wt-int/include/uk/plat/time.h:
/work/wt-int/include/uk/plat/timer.h:
/work/wt-int/lib/ukdebug/include/uk/symbols.h:
/work/wt-int/lib/uksched/include/uk/sched.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/x86_64/include/uk/asm/ctx.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
