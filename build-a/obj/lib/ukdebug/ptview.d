/work/wt-int/build-a/obj/lib/ukdebug/ptview.o: \
 /work/wt-int/lib/ukdebug/ptview.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/stdlib.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/include/uk/plat/pagetable.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukdebug/include/uk/ptview.h \
 /work/wt-int/lib/ukdebug/include/uk/backtrace.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/arm64/include/uk/asm/ctx.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/stdlib.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/include/uk/plat/pagetable.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukdebug/include/uk/ptview.h:
/work/wt-int/lib/ukdebug/include/uk/backtrace.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/arm64/include/uk/asm/ctx.h:
