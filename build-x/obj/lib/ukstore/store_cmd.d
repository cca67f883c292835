/work/wt-int/build-x/obj/lib/ukstore/store_cmd.o: \
 /work/wt-int/lib/ukstore/store_cmd.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukshell/include/uk/shell.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/ukstore/include/uk/store.h \
 /work/wt-int/lib/ukstore/codec.h /work/wt-int/lib/ukstore/store_cmd.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukshell/include/uk/shell.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/ukstore/include/uk/store.h:
/work/wt-int/lib/ukstore/codec.h:
/work/wt-int/lib/ukstore/store_cmd.h:
