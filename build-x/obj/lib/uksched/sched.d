/work/wt-int/build-x/obj/lib/uksched/sched.o: \
 /work/wt-int/lib/uksched/sched.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/errno.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/include/uk/arch/lcpu.h /work/wt-int/include/uk/essentials.h \
 /work/wt-int/arch/x86_64/include/uk/asm/lcpu.h \
 /work/wt-int/lib/ukboot/include/uk/init.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h \
 /work/wt-int/lib/ukdebug/include/uk/trace.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/include/uk/plat/irq.h \
 /work/wt-int/include/uk/plat/shutdown.h \
 /work/wt-int/include/uk/plat/time.h /work/wt-int/include/uk/plat/timer.h \
 /work/wt-int/include/uk/plat/trap.h \
 /work/wt-int/lib/ukevent/include/uk/event.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/arch/x86_64/include/uk/asm/traps.h \
 /work/wt-int/lib/uksched/sched_internal.h \
 /work/wt-int/lib/uksched/include/uk/sched.h \
 /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/x86_64/include/uk/asm/ctx.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/errno.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/arch/x86_64/include/uk/asm/lcpu.h:
/work/wt-int/lib/ukboot/include/uk/init.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
/work/wt-int/lib/ukdebug/include/uk/trace.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/include/uk/plat/irq.h:
/work/wt-int/include/uk/plat/shutdown.h:
/work/wt-int/include/uk/plat/time.h:
/work/wt-int/include/uk/plat/timer.h:
/work/wt-int/include/uk/plat/trap.h:
/work/wt-int/lib/ukevent/include/uk/event.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/arch/x86_64/include/uk/asm/traps.h:
/work/wt-int/lib/uksched/sched_internal.h:
/work/wt-int/lib/uksched/include/uk/sched.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/x86_64/include/uk/asm/ctx.h:
