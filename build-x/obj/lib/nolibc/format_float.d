/work/wt-int/build-x/obj/lib/nolibc/format_float.o: \
 /work/wt-int/lib/nolibc/format_float.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/uk/format.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/uk/format.h:
