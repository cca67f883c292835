/work/wt-int/build-a/obj/lib/ukalloc/heap.o: \
 /work/wt-int/lib/ukalloc/heap.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukdebug/include/uk/assert.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/lib/ukalloc/heap.h \
 /work/wt-int/lib/ukalloc/pagealloc.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukdebug/include/uk/assert.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukalloc/heap.h:
/work/wt-int/lib/ukalloc/pagealloc.h:
