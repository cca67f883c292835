/work/wt-int/build-x/obj/lib/ukstore/table.o: \
 /work/wt-int/lib/ukstore/table.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdlib.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukboot/include/uk/init.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukdebug/include/uk/print.h \
 /work/wt-int/lib/ukstore/registry.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/lib/ukstore/sort.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdlib.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukboot/include/uk/init.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukdebug/include/uk/print.h:
/work/wt-int/lib/ukstore/registry.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/lib/ukstore/sort.h:
