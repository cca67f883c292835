/work/wt-int/build-a/obj/lib/ukalloc/alloc_store.o: \
 /work/wt-int/lib/ukalloc/alloc_store.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/ukalloc/include/uk/alloc.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/lib/ukboot/include/uk/init.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/ukalloc/include/uk/alloc.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/lib/ukboot/include/uk/init.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
