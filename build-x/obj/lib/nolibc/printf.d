/work/wt-int/build-x/obj/lib/nolibc/printf.o: \
 /work/wt-int/lib/nolibc/printf.c \
 /work/wt-int/build-x/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h
/work/wt-int/build-x/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
