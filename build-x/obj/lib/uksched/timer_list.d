/work/wt-int/build-x/obj/lib/uksched/timer_list.o: \
 /work/wt-int/lib/uksched/timer_list.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/uksched/include/uk/sched.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/x86_64/include/uk/asm/ctx.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/uksched/include/uk/sched.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/x86_64/include/uk/asm/ctx.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
