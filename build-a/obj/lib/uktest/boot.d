/work/wt-int/build-a/obj/lib/uktest/boot.o: \
 /work/wt-int/lib/uktest/boot.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukboot/include/uk/boot.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukboot/include/uk/init.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h \
 /work/wt-int/include/uk/plat/shutdown.h \
 /work/wt-int/lib/uktest/uktest_internal.h \
 /work/wt-int/lib/uktest/include/uk/test.h \
 /work/wt-int/lib/uktest/uktest_arch.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukboot/include/uk/boot.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukboot/include/uk/init.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
/work/wt-int/include/uk/plat/shutdown.h:
/work/wt-int/lib/uktest/uktest_internal.h:
/work/wt-int/lib/uktest/include/uk/test.h:
/work/wt-int/lib/uktest/uktest_arch.h:
