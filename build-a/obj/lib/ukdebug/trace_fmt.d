/work/wt-int/build-a/obj/lib/ukdebug/trace_fmt.o: \
 /work/wt-int/lib/ukdebug/trace_fmt.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukdebug/trace_fmt.h \
 /work/wt-int/lib/ukdebug/include/uk/trace.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukstore/include/uk/store.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukdebug/trace_fmt.h:
/work/wt-int/lib/ukdebug/include/uk/trace.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
