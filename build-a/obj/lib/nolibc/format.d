/work/wt-int/build-a/obj/lib/nolibc/format.o: \
 /work/wt-int/lib/nolibc/format.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/uk/format.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/uk/format.h:
