/work/wt-int/build-x/obj/lib/ukalloc/alloc_std.o: \
 /work/wt-int/lib/ukalloc/alloc_std.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/ukalloc/alloc_std.h \
 /work/wt-int/lib/ukalloc/include/uk/alloc.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukalloc/pagealloc.h /work/wt-int/lib/ukalloc/heap.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/ukalloc/alloc_std.h:
/work/wt-int/lib/ukalloc/include/uk/alloc.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukalloc/pagealloc.h:
/work/wt-int/lib/ukalloc/heap.h:
