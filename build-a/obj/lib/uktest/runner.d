/work/wt-int/build-a/obj/lib/uktest/runner.o: \
 /work/wt-int/lib/uktest/runner.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukdebug/include/uk/assert.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/include/uk/arch/lcpu.h \
 /work/wt-int/arch/arm64/include/uk/asm/lcpu.h \
 /work/wt-int/include/uk/plat/time.h \
 /work/wt-int/lib/uktest/uktest_internal.h \
 /work/wt-int/lib/uktest/include/uk/test.h \
 /work/wt-int/lib/uktest/uktest_arch.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukdebug/include/uk/assert.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/include/uk/arch/lcpu.h:
/work/wt-int/arch/arm64/include/uk/asm/lcpu.h:
/work/wt-int/include/uk/plat/time.h:
/work/wt-int/lib/uktest/uktest_internal.h:
/work/wt-int/lib/uktest/include/uk/test.h:
/work/wt-int/lib/uktest/uktest_arch.h:
