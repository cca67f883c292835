/work/wt-int/build-a/obj/lib/nolibc/mem.o: /work/wt-int/lib/nolibc/mem.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
