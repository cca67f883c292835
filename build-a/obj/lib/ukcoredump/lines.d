/work/wt-int/build-a/obj/lib/ukcoredump/lines.o: \
 /work/wt-int/lib/ukcoredump/lines.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/nolibc/include/stdio.h \
 /work/wt-int/lib/nolibc/include/string.h \
 /work/wt-int/lib/ukdebug/include/uk/base64.h \
 /work/wt-int/lib/ukdebug/include/uk/crc32.h \
 /work/wt-int/lib/ukcoredump/lines.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/nolibc/include/stdio.h:
/work/wt-int/lib/nolibc/include/string.h:
/work/wt-int/lib/ukdebug/include/uk/base64.h:
/work/wt-int/lib/ukdebug/include/uk/crc32.h:
/work/wt-int/lib/ukcoredump/lines.h:
