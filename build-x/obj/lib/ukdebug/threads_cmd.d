/work/wt-int/build-x/obj/lib/ukdebug/threads_cmd.o: \
 /work/wt-int/lib/ukdebug/threads_cmd.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/include/uk/arch/lcpu.h /work/wt-int/include/uk/essentials.h \
 /work/wt-int/arch/x86_64/include/uk/asm/lcpu.h \
 /work/wt-int/lib/ukdebug/include/uk/backtrace.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/x86_64/include/uk/asm/ctx.h \
 /work/wt-int/lib/uksched/include/uk/sched.h \
 /work/wt-int/lib/ukshell/include/uk/shell.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/arch/x86_64/include/uk/asm/lcpu.h:
/work/wt-int/lib/ukdebug/include/uk/backtrace.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/x86_64/include/uk/asm/ctx.h:
/work/wt-int/lib/uksched/include/uk/sched.h:
/work/wt-int/lib/ukshell/include/uk/shell.h:
