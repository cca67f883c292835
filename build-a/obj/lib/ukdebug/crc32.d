/work/wt-int/build-a/obj/lib/ukdebug/crc32.o: \
 /work/wt-int/lib/ukdebug/crc32.c \
 /work/wt-int/build-a/include/uk/autoconf.h \
 /work/wt-int/lib/ukdebug/include/uk/crc32.h
/work/wt-int/build-a/include/uk/autoconf.h:
/work/wt-int/lib/ukdebug/include/uk/crc32.h:
