/work/wt-int/build-x/obj/lib/ukprof/thread_sched.o: \
 /work/wt-int/lib/ukprof/thread_sched.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/include/uk/arch/lcpu.h /work/wt-int/include/uk/essentials.h \
 /work/wt-int/arch/x86_64/include/uk/asm/lcpu.h \
 /work/wt-int/lib/uksched/include/uk/sched.h \
 /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/x86_64/include/uk/asm/ctx.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/lib/ukprof/prof_thread.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/arch/x86_64/include/uk/asm/lcpu.h:
/work/wt-int/lib/uksched/include/uk/sched.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/x86_64/include/uk/asm/ctx.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/lib/ukprof/prof_thread.h:
