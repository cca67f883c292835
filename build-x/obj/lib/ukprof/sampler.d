/work/wt-int/build-x/obj/lib/ukprof/sampler.o: \
 /work/wt-int/lib/ukprof/sampler.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/errno.h \
 /work/wt-int/include/uk/arch/lcpu.h /work/wt-int/include/uk/essentials.h \
 /work/wt-int/arch/x86_64/include/uk/asm/lcpu.h \
 /work/wt-int/lib/ukdebug/include/uk/backtrace.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/x86_64/include/uk/asm/ctx.h \
 /work/wt-int/include/uk/plat/irq.h \
 /work/wt-int/include/uk/plat/prof_timer.h \
 /work/wt-int/include/uk/plat/time.h \
 /work/wt-int/lib/ukprof/include/uk/prof.h \
 /work/wt-int/lib/ukdebug/include/uk/symbols.h \
 /work/wt-int/lib/ukprof/prof_internal.h /work/wt-int/lib/ukprof/stacks.h \
 /work/wt-int/lib/ukprof/prof_thread.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/errno.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/arch/x86_64/include/uk/asm/lcpu.h:
/work/wt-int/lib/ukdebug/include/uk/backtrace.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/x86_64/include/uk/asm/ctx.h:
/work/wt-int/include/uk/plat/irq.h:
/work/wt-int/include/uk/plat/prof_timer.h:
/work/wt-int/include/uk/plat/time.h:
/work/wt-int/lib/ukprof/include/uk/prof.h:
/work/wt-int/lib/ukdebug/include/uk/symbols.h:
/work/wt-int/lib/ukprof/prof_internal.h:
/work/wt-int/lib/ukprof/stacks.h:
/work/wt-int/lib/ukprof/prof_thread.h:
