/work/wt-int/build-a/obj/lib/ukstore/name.o: \
 /work/wt-int/lib/ukstore/name.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h /work/wt-int/lib/ukstore/name.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/include/uk/essentials.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukstore/name.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/include/uk/essentials.h:
