/work/wt-int/build-a/obj/lib/nolibc/strtol.o: \
 /work/wt-int/lib/nolibc/strtol.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdlib.h \
 /work/wt-int/lib/nolibc/include/limits.h \
 /work/wt-int/lib/nolibc/include/errno.h /work/wt-int/include/uk/digit.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdlib.h:
/work/wt-int/lib/nolibc/include/limits.h:
/work/wt-int/lib/nolibc/include/errno.h:
/work/wt-int/include/uk/digit.h:
