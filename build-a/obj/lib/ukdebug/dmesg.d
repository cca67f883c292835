/work/wt-int/build-a/obj/lib/ukdebug/dmesg.o: \
 /work/wt-int/lib/ukdebug/dmesg.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/ukdebug/include/uk/dmesg.h \
 /work/wt-int/include/uk/essentials.h \
 /work/wt-int/lib/nolibc/include/string.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/ukdebug/include/uk/dmesg.h:
/work/wt-int/include/uk/essentials.h:
/work/wt-int/lib/nolibc/include/string.h:
