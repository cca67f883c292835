/work/wt-int/build-x/obj/lib/ukdebug/trace_raw.o: \
 /work/wt-int/lib/ukdebug/trace_raw.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukdebug/include/uk/crc32.h \
 /work/wt-int/include/uk/plat/time.h /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukdebug/trace_internal.h \
 /work/wt-int/lib/ukdebug/include/uk/trace.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/lib/ukdebug/include/uk/backtrace.h \
 /work/wt-int/arch/x86_64/include/uk/asm/regs.h \
 /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/x86_64/include/uk/asm/ctx.h \
 /work/wt-int/lib/ukdebug/trace_fmt.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukdebug/include/uk/crc32.h:
/work/wt-int/include/uk/plat/time.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukdebug/trace_internal.h:
/work/wt-int/lib/ukdebug/include/uk/trace.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/lib/ukdebug/include/uk/backtrace.h:
/work/wt-int/arch/x86_64/include/uk/asm/regs.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/x86_64/include/uk/asm/ctx.h:
/work/wt-int/lib/ukdebug/trace_fmt.h:
