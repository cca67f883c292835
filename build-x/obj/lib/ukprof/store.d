/work/wt-int/build-x/obj/lib/ukprof/store.o: \
 /work/wt-int/lib/ukprof/store.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/ukprof/include/uk/prof.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukdebug/include/uk/backtrace.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/x86_64/include/uk/asm/ctx.h \
 /work/wt-int/lib/ukstore/include/uk/store.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/ukprof/include/uk/prof.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukdebug/include/uk/backtrace.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/x86_64/include/uk/asm/ctx.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
