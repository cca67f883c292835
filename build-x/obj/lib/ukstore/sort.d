/work/wt-int/build-x/obj/lib/ukstore/sort.o: \
 /work/wt-int/lib/ukstore/sort.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h /work/wt-int/lib/ukstore/sort.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/include/uk/essentials.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukstore/sort.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/include/uk/essentials.h:
