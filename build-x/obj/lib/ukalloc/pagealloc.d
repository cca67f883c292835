/work/wt-int/build-x/obj/lib/ukalloc/pagealloc.o: \
 /work/wt-int/lib/ukalloc/pagealloc.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/ukdebug/include/uk/assert.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukalloc/pagealloc.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/ukdebug/include/uk/assert.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukalloc/pagealloc.h:
