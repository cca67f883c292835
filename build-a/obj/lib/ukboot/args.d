/work/wt-int/build-a/obj/lib/ukboot/args.o: \
 /work/wt-int/lib/ukboot/args.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/string.h /work/wt-int/lib/ukboot/args.h \
 /work/wt-int/include/uk/essentials.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukboot/args.h:
/work/wt-int/include/uk/essentials.h:
