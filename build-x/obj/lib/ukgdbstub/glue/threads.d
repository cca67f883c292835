/work/wt-int/build-x/obj/lib/ukgdbstub/glue/threads.o: \
 /work/wt-int/lib/ukgdbstub/glue/threads.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/uksched/include/uk/sched.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/x86_64/include/uk/asm/ctx.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/lib/ukgdbstub/glue/../arch/gdbstub_arch.h \
 /work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/lib/ukgdbstub/glue/glue.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/uksched/include/uk/sched.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/x86_64/include/uk/asm/ctx.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/lib/ukgdbstub/glue/../arch/gdbstub_arch.h:
/work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/lib/ukgdbstub/glue/glue.h:
