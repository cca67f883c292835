/work/wt-int/build-a/obj/lib/uktest/thread.o: \
 /work/wt-int/lib/uktest/thread.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/uksched/include/uk/sched.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/include/uk/arch/ctx.h \
 /work/wt-int/arch/arm64/include/uk/asm/ctx.h \
 /work/wt-int/arch/arm64/include/uk/asm/regs.h \
 /work/wt-int/lib/uktest/uktest_internal.h \
 /work/wt-int/lib/uktest/include/uk/test.h \
 /work/wt-int/lib/uktest/uktest_arch.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/uksched/include/uk/sched.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/arch/ctx.h:
/work/wt-int/arch/arm64/include/uk/asm/ctx.h:
/work/wt-int/arch/arm64/include/uk/asm/regs.h:
/work/wt-int/lib/uktest/uktest_internal.h:
/work/wt-int/lib/uktest/include/uk/test.h:
/work/wt-int/lib/uktest/uktest_arch.h:
