/work/wt-int/build-a/obj/lib/uktest/catch.o: \
 /work/wt-int/lib/uktest/catch.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukdebug/include/uk/backtrace.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/arm64/include/uk/asm/ctx.h \
 /work/wt-int/lib/ukdebug/include/uk/crash.h \
 /work/wt-int/lib/ukevent/include/uk/event.h \
 /work/wt-int/include/uk/arch/traps.h \
 /work/wt-int/lib/uktest/uktest_internal.h \
 /work/wt-int/lib/uktest/include/uk/test.h \
 /work/wt-int/lib/uktest/uktest_arch.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukdebug/include/uk/backtrace.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/arm64/include/uk/asm/ctx.h:
/work/wt-int/lib/ukdebug/include/uk/crash.h:
/work/wt-int/lib/ukevent/include/uk/event.h:
/work/wt-int/include/uk/arch/traps.h:
/work/wt-int/lib/uktest/uktest_internal.h:
/work/wt-int/lib/uktest/include/uk/test.h:
/work/wt-int/lib/uktest/uktest_arch.h:
