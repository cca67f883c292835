/work/wt-int/build-x/obj/lib/ukstore/codec.o: \
 /work/wt-int/lib/ukstore/codec.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/string.h /work/wt-int/include/uk/digit.h \
 /work/wt-int/lib/ukstore/codec.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/include/uk/essentials.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/include/uk/digit.h:
/work/wt-int/lib/ukstore/codec.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/include/uk/essentials.h:
