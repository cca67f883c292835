/work/wt-int/build-a/obj/lib/ukstore/store_prom.o: \
 /work/wt-int/lib/ukstore/store_prom.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/stdlib.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/include/uk/essentials.h /work/wt-int/lib/ukstore/name.h \
 /work/wt-int/lib/ukstore/registry.h /work/wt-int/lib/ukstore/sort.h \
 /work/wt-int/lib/ukstore/store_cmd.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/stdlib.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukstore/name.h:
/work/wt-int/lib/ukstore/registry.h:
/work/wt-int/lib/ukstore/sort.h:
/work/wt-int/lib/ukstore/store_cmd.h:
