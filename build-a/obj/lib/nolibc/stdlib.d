/work/wt-int/build-a/obj/lib/nolibc/stdlib.o: \
 /work/wt-int/lib/nolibc/stdlib.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdlib.h \
 /work/wt-int/lib/ukalloc/include/uk/alloc.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukdebug/include/uk/assert.h \
 /work/wt-int/include/uk/plat/shutdown.h \
 /work/wt-int/lib/ukdebug/include/uk/trace.h \
 /work/wt-int/lib/ukstore/include/uk/store.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdlib.h:
/work/wt-int/lib/ukalloc/include/uk/alloc.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukdebug/include/uk/assert.h:
/work/wt-int/include/uk/plat/shutdown.h:
/work/wt-int/lib/ukdebug/include/uk/trace.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
