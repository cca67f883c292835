/work/wt-int/build-x/obj/lib/ukstore/store.o: \
 /work/wt-int/lib/ukstore/store.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukdebug/include/uk/trace.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/lib/ukstore/codec.h /work/wt-int/lib/ukstore/registry.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukdebug/include/uk/trace.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/lib/ukstore/codec.h:
/work/wt-int/lib/ukstore/registry.h:
