/work/wt-int/build-x/obj/lib/ukgdbstub/glue/monitor.o: \
 /work/wt-int/lib/ukgdbstub/glue/monitor.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/stdlib.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukdebug/include/uk/backtrace.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/x86_64/include/uk/asm/ctx.h \
 /work/wt-int/lib/nolibc/include/uk/format.h \
 /work/wt-int/lib/ukdebug/include/uk/irqview.h \
 /work/wt-int/lib/uknofault/include/uk/nofault.h \
 /work/wt-int/lib/ukprof/include/uk/prof.h \
 /work/wt-int/lib/ukdebug/include/uk/ptview.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/lib/ukdebug/include/uk/trace.h \
 /work/wt-int/lib/ukgdbstub/glue/../arch/gdbstub_arch.h \
 /work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/lib/ukgdbstub/glue/glue.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/stdlib.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukdebug/include/uk/backtrace.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/x86_64/include/uk/asm/ctx.h:
/work/wt-int/lib/nolibc/include/uk/format.h:
/work/wt-int/lib/ukdebug/include/uk/irqview.h:
/work/wt-int/lib/uknofault/include/uk/nofault.h:
/work/wt-int/lib/ukprof/include/uk/prof.h:
/work/wt-int/lib/ukdebug/include/uk/ptview.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/lib/ukdebug/include/uk/trace.h:
/work/wt-int/lib/ukgdbstub/glue/../arch/gdbstub_arch.h:
/work/wt-int/lib/ukgdbstub/include/uk/gdbstub.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/lib/ukgdbstub/glue/glue.h:
