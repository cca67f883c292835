/work/wt-int/build-a/obj/lib/uktest/store.o: \
 /work/wt-int/lib/uktest/store.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/uktest/uktest_internal.h \
 /work/wt-int/lib/uktest/include/uk/test.h \
 /work/wt-int/lib/uktest/uktest_arch.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/uktest/uktest_internal.h:
/work/wt-int/lib/uktest/include/uk/test.h:
/work/wt-int/lib/uktest/uktest_arch.h:
