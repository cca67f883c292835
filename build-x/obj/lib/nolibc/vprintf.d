/work/wt-int/build-x/obj/lib/nolibc/vprintf.o: \
 /work/wt-int/lib/nolibc/vprintf.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/nolibc/include/uk/format.h \
 /work/wt-int/include/uk/plat/console.h \
 /work/wt-int/include/uk/essentials.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/nolibc/include/uk/format.h:
/work/wt-int/include/uk/plat/console.h:
/work/wt-int/include/uk/essentials.h:
