/work/wt-int/build-x/obj/lib/ukalloc/alloc.o: \
 /work/wt-int/lib/ukalloc/alloc.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukalloc/include/uk/alloc.h \
 /work/wt-int/include/uk/essentials.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukalloc/include/uk/alloc.h:
/work/wt-int/include/uk/essentials.h:
