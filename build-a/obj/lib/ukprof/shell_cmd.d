/work/wt-int/build-a/obj/lib/ukprof/shell_cmd.o: \
 /work/wt-int/lib/ukprof/shell_cmd.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/ukprof/include/uk/prof.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukdebug/include/uk/backtrace.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/arm64/include/uk/asm/ctx.h \
 /work/wt-int/lib/ukshell/include/uk/shell.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/ukprof/include/uk/prof.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukdebug/include/uk/backtrace.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/arm64/include/uk/asm/ctx.h:
/work/wt-int/lib/ukshell/include/uk/shell.h:
